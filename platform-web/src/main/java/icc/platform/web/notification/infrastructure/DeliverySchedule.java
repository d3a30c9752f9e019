package icc.platform.web.notification.infrastructure;

import icc.platform.web.notification.application.NotificationDelivery;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * Looks into the outbox every five seconds (a notification mail is not urgent to the second).
 * Non-persistent timer on every node; rows are claimed with SKIP LOCKED, so nodes share the work.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliverySchedule {

  private static final System.Logger LOG = System.getLogger(DeliverySchedule.class.getName());

  @Inject NotificationDelivery delivery;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "notification mails")
  void everyFiveSeconds() {
    if (!delivery.enabled()) {
      return;
    }
    try {
      for (Long id : delivery.due()) {
        delivery.deliver(id);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Delivering notifications failed", e);
    }
  }
}
