package icc.platform.web.notification.infrastructure;

import icc.platform.web.notification.domain.NotificationOutbox;
import icc.platform.web.notification.domain.NotificationPreference;
import icc.platform.web.notification.domain.NotificationReason;
import icc.platform.web.notification.domain.PendingNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaNotificationOutbox implements NotificationOutbox {

  /** Hibernate's "skip locked" lock timeout: a row another node is delivering is passed over. */
  private static final Map<String, Object> SKIP_LOCKED = Map.of("jakarta.persistence.lock.timeout", -2);

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Override
  public void add(PendingNotification notification) {
    em.persist(notification);
  }

  @Override
  public boolean pending(String organisationCode, String username, String role, NotificationReason reason) {
    return !em.createQuery(
            "select n.id from PendingNotification n where n.organisationCode = :org and n.reason = :reason"
                + " and n.status = :pending"
                + " and ((:username is null and n.username is null) or n.username = :username)"
                + " and ((:role is null and n.role is null) or n.role = :role)",
            Long.class)
        .setParameter("org", organisationCode)
        .setParameter("reason", reason)
        .setParameter("pending", PendingNotification.Status.PENDING)
        .setParameter("username", username)
        .setParameter("role", role)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Long> due(Instant now, int max) {
    return em.createQuery(
            "select n.id from PendingNotification n where n.status = :pending and n.nextAttemptAt <= :now order by n.id",
            Long.class)
        .setParameter("pending", PendingNotification.Status.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<PendingNotification> claim(long id) {
    return Optional.ofNullable(em.find(PendingNotification.class, id, LockModeType.PESSIMISTIC_WRITE, SKIP_LOCKED))
        .filter(n -> n.status() == PendingNotification.Status.PENDING);
  }

  @Override
  public Optional<NotificationPreference> preference(String organisationCode, String username) {
    return Optional.ofNullable(em.find(NotificationPreference.class, new NotificationPreference.Key(organisationCode, username)));
  }

  @Override
  public void add(NotificationPreference preference) {
    em.persist(preference);
  }
}
