package icc.platform.web.profile.infrastructure;

import icc.platform.web.profile.application.ProfileReminderNotifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger.Level;

/**
 * Until the platform's SMTP mail service exists, the reminder is written to the server log (and
 * recorded in the audit log by {@link icc.platform.web.profile.application.ProfileReminders}); the
 * profile pages show "review due" meanwhile. Replace with a mail to the State's focal points:
 * "Your country profile needs confirming" and the link to it, nothing else.
 */
@ApplicationScoped
public class LoggingProfileReminderNotifier implements ProfileReminderNotifier {

  private static final System.Logger LOG = System.getLogger(LoggingProfileReminderNotifier.class.getName());

  @Override
  public void profileNeedsConfirming(String stateCode) {
    LOG.log(Level.INFO, "The country profile of {0} needs confirming (reminder; no mail service configured)", stateCode);
  }
}
