package icc.platform.web.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where notifications wait, and the users' preferences. */
public interface NotificationOutbox {

  void add(PendingNotification notification);

  /** Whether a notification for the same target and reason is still waiting (then one is enough). */
  boolean pending(String organisationCode, String username, String role, NotificationReason reason);

  /** Identifiers of pending notifications due by {@code now}, oldest first. */
  List<Long> due(Instant now, int max);

  /** The notification, locked for this transaction, if it is still pending and nobody else holds it. */
  Optional<PendingNotification> claim(long id);

  Optional<NotificationPreference> preference(String organisationCode, String username);

  void add(NotificationPreference preference);
}
