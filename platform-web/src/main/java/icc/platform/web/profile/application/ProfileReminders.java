package icc.platform.web.profile.application;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.notification.application.Notifier;
import icc.platform.web.notification.domain.NotificationReason;
import icc.platform.web.profile.domain.CountryProfile;
import icc.platform.web.profile.domain.ProfileRepository;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The yearly reminder to confirm a country profile (issue 8). Finding who is due reads without
 * locks; marking one State reminded takes its profile's row lock in its own transaction, so that
 * when the timer fires on every node of a cluster, one node reminds each State and the others find
 * it done (DESIGN.md section 7: scheduled jobs run once per cluster, no JVM lock).
 */
@ApplicationScoped
public class ProfileReminders {

  /** The platform itself, as the actor of the reminder's audit event. */
  static final Actor PLATFORM = new Actor("platform", null, "reminder-schedule", "PLATFORM", List.of(), null);

  @Inject ProfileRepository profiles;
  @Inject AuditTrail trail;
  @Inject Notifier notifier;

  /** State codes whose profile may be due for a reminder at {@code now} (re-checked under lock). */
  @Transactional(Transactional.TxType.REQUIRED)
  public List<String> candidates(Instant now) {
    return profiles.findAll().stream().filter(p -> p.reminderDue(now)).map(CountryProfile::stateCode).toList();
  }

  /**
   * Reminds one State, if it still is due under the row lock: marks it reminded, records the audit
   * event and queues the content-free mail to the State's focal points ("your country profile has
   * not been confirmed for a year", {@link NotificationReason#PROFILE_CONFIRMATION}) in the
   * notification outbox, all in one transaction: the mail goes out if and only if the reminder
   * was recorded, and only once.
   *
   * @return whether this call reminded the State
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(String stateCode, Instant now) {
    CountryProfile profile = profiles.findForUpdate(stateCode).orElse(null);
    if (profile == null || !profile.reminderDue(now)) {
      return false;
    }
    profile.reminded(now);
    trail.record(
        AuditEvent.of(AuditAction.PROFILE_REMINDER, AuditOutcome.SUCCESS, PLATFORM)
            .about(new AuditObject("country-profile", stateCode + "/v" + profile.currentVersion()))
            .detail("lastConfirmedAt", String.valueOf(profile.lastConfirmedAt()))
            .build());
    notifier.tellRole(stateCode, PlatformRole.FOCAL_POINT_NAME, NotificationReason.PROFILE_CONFIRMATION);
    return true;
  }
}
