package icc.platform.web.notification.application;

import icc.platform.web.notification.domain.NotificationOutbox;
import icc.platform.web.notification.domain.PendingNotification;
import icc.platform.web.shared.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends what waits in the outbox. Each notification is delivered in its own transaction that
 * holds its row lock ({@code SKIP LOCKED}), so two nodes never mail the same one; the addresses
 * and preferences are those of the moment of sending. Delivery is at least once: if the SMTP
 * server fails half-way through a role's holders, the retry mails all of them again (a repeated
 * "something is waiting" is harmless; a lost one is not).
 */
@ApplicationScoped
public class NotificationDelivery {

  private static final System.Logger LOG = System.getLogger(NotificationDelivery.class.getName());
  public static final int BATCH = 50;

  @Inject NotificationOutbox outbox;
  @Inject RecipientDirectory directory;
  @Inject MailSender mail;
  @Inject MailPreferences preferences;
  @Inject PlatformConfig config;

  public boolean enabled() {
    return mail.configured();
  }

  @Transactional
  public List<Long> due() {
    return outbox.due(Instant.now(), BATCH);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void deliver(long id) {
    Optional<PendingNotification> claimed = outbox.claim(id);
    if (claimed.isEmpty()) {
      return; // sent meanwhile, or another node is sending it
    }
    PendingNotification n = claimed.get();
    try {
      NotificationMail text = NotificationMail.of(n.reason(), config.publicUrl());
      int sent = 0;
      for (Recipient r : directory.recipients(n.organisationCode(), n.username(), n.role())) {
        if (preferences.wantsMail(n.organisationCode(), r.username())) {
          mail.send(r.email(), text);
          sent++;
        }
      }
      n.sent(sent, Instant.now());
    } catch (MailSender.MailFailure | RuntimeException e) {
      LOG.log(Level.WARNING, "Notification {0} not delivered (attempt {1}): {2}", id, n.attempts() + 1, e.getMessage());
      n.failed(e.getMessage(), Instant.now());
    }
  }
}
