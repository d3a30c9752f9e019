package icc.platform.web.notification.application;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.notification.domain.NotificationOutbox;
import icc.platform.web.notification.domain.NotificationPreference;
import icc.platform.web.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/** Each user's choice whether to receive notification mails (on unless turned off). */
@ApplicationScoped
public class MailPreferences {

  @Inject NotificationOutbox outbox;
  @Inject AuditTrail audit;

  @Transactional(TxType.SUPPORTS)
  public boolean wantsMail(String organisationCode, String username) {
    return outbox.preference(organisationCode, username).map(NotificationPreference::emailEnabled).orElse(true);
  }

  @Transactional
  public boolean wantsMail(Caller caller) {
    return wantsMail(caller.organisationCode(), caller.username());
  }

  /** Records the caller's choice, with its audit event in the same transaction. */
  @Transactional
  public void choose(Caller caller, String address, boolean email) {
    Instant now = Instant.now();
    outbox.preference(caller.organisationCode(), caller.username())
        .ifPresentOrElse(
            p -> p.change(email, now),
            () -> outbox.add(new NotificationPreference(caller.organisationCode(), caller.username(), email, now)));
    audit.record(
        AuditEvent.of(AuditAction.NOTIFICATION_PREFERENCE_CHANGE, AuditOutcome.SUCCESS, Actor.of(caller))
            .from(address)
            .detail("email", String.valueOf(email))
            .build());
  }
}
