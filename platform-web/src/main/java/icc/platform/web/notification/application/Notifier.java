package icc.platform.web.notification.application;

import icc.platform.web.notification.domain.NotificationOutbox;
import icc.platform.web.notification.domain.NotificationReason;
import icc.platform.web.notification.domain.PendingNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;

/**
 * What features call to tell people that something waits for them. It writes to the outbox in
 * the caller's transaction (MANDATORY): the notification exists if and only if the action that
 * caused it committed. While one notification for the same people and reason is still waiting,
 * another adds nothing: ten messages in a minute make one mail, not ten.
 */
@ApplicationScoped
public class Notifier {

  @Inject NotificationOutbox outbox;

  private final Clock clock = Clock.systemUTC();

  /** Tells one user of an organisation. */
  @Transactional(TxType.MANDATORY)
  public void tellUser(String organisationCode, String username, NotificationReason reason) {
    if (!outbox.pending(organisationCode, username, null, reason)) {
      outbox.add(PendingNotification.forUser(organisationCode, username, reason, now()));
    }
  }

  /** Tells every holder of a platform role (by its Keycloak name) in an organisation. */
  @Transactional(TxType.MANDATORY)
  public void tellRole(String organisationCode, String role, NotificationReason reason) {
    if (!outbox.pending(organisationCode, null, role, reason)) {
      outbox.add(PendingNotification.forRole(organisationCode, role, reason, now()));
    }
  }

  private Instant now() {
    return clock.instant();
  }
}
