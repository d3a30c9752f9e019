package icc.platform.web.profile.infrastructure;

import icc.platform.web.profile.application.ProfileReminders;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Instant;

/**
 * Once a day, reminds every State whose country profile was not confirmed for a year (issue 8).
 * The timer fires on every node; {@link ProfileReminders#claim} takes the profile's row lock, so
 * each State is reminded once per overdue period, by one node. Non-persistent timer: a missed day
 * is caught up by the next one (the rule is "not reminded since it became due", not "today").
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProfileReminderSchedule {

  private static final System.Logger LOG = System.getLogger(ProfileReminderSchedule.class.getName());

  @Inject ProfileReminders reminders;

  @Schedule(hour = "6", minute = "23", persistent = false, info = "country profile reminders")
  void daily() {
    remindDue(Instant.now());
  }

  /** Reminds every State due at {@code now}; returns how many this node reminded. */
  int remindDue(Instant now) {
    int sent = 0;
    try {
      for (String state : reminders.candidates(now)) {
        if (reminders.claim(state, now)) { // its mail is in the outbox, committed with the reminder
          sent++;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Country profile reminders failed; the next run retries", e);
    }
    return sent;
  }
}
