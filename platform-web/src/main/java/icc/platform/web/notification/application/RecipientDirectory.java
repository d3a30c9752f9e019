package icc.platform.web.notification.application;

import java.util.List;
import java.util.Optional;

/** Who the people behind a notification are at the time of sending (enabled accounts with an address). */
public interface RecipientDirectory {

  /** The user, or every holder of the role, in the organisation's realm; empty if none. */
  List<Recipient> recipients(String organisationCode, Optional<String> username, Optional<String> role);
}
