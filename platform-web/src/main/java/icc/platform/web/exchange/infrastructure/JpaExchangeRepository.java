package icc.platform.web.exchange.infrastructure;

import icc.platform.web.exchange.domain.ConsentRequest;
import icc.platform.web.exchange.domain.ExchangeDocument;
import icc.platform.web.exchange.domain.ExchangeId;
import icc.platform.web.exchange.domain.ExchangeMessage;
import icc.platform.web.exchange.domain.ExchangeRepository;
import icc.platform.web.exchange.domain.ExchangeThread;
import icc.platform.web.exchange.domain.Receipt;
import icc.platform.web.exchange.domain.ThreadAccess;
import icc.platform.web.exchange.domain.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaExchangeRepository implements ExchangeRepository {

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  /**
   * The access rules of {@link ThreadAccess} as a query: the viewer's organisation must be a
   * participant; an officer without focal-point or observer role must also be a member. A viewer
   * with no content role gets nothing.
   */
  @Override
  public List<ExchangeThread> visibleTo(Viewer viewer, InboxFilter filter, int limit) {
    boolean wholeOrganisation =
        viewer.has(ThreadAccess.FOCAL_POINT) || viewer.has(ThreadAccess.COURT_REQUESTER) || viewer.has(ThreadAccess.OBSERVER);
    boolean asMember = viewer.has(ThreadAccess.OFFICER);
    if (!wholeOrganisation && !asMember) {
      return List.of();
    }
    StringBuilder jpql = new StringBuilder(
        "select t from ExchangeThread t where exists (select 1 from ExchangeThread t2 join t2.participants p"
            + " where t2 = t and p.organisationCode = :org)");
    if (!wholeOrganisation) {
      jpql.append(" and exists (select 1 from ExchangeThread t3 join t3.members m"
          + " where t3 = t and m.organisationCode = :org and m.username = :user)");
    }
    if (filter.kind() != null) {
      jpql.append(" and t.kind = :kind");
    }
    if (filter.handlingCode() != null) {
      jpql.append(" and t.handlingCode = :code");
    }
    if (filter.organisationCode() != null) {
      jpql.append(" and exists (select 1 from ExchangeThread t4 join t4.participants q"
          + " where t4 = t and q.organisationCode = :other)");
    }
    if (filter.activeFrom() != null) {
      jpql.append(" and t.lastActivityAt >= :activeFrom");
    }
    if (filter.activeTo() != null) {
      jpql.append(" and t.lastActivityAt < :activeUntil");
    }
    jpql.append(" order by t.lastActivityAt desc, t.id");
    TypedQuery<ExchangeThread> q = em.createQuery(jpql.toString(), ExchangeThread.class)
        .setParameter("org", viewer.organisationCode())
        .setMaxResults(limit);
    if (!wholeOrganisation) {
      q.setParameter("user", viewer.username().toLowerCase(java.util.Locale.ROOT));
    }
    if (filter.kind() != null) {
      q.setParameter("kind", filter.kind());
    }
    if (filter.handlingCode() != null) {
      q.setParameter("code", filter.handlingCode());
    }
    if (filter.organisationCode() != null) {
      q.setParameter("other", filter.organisationCode());
    }
    if (filter.activeFrom() != null) {
      q.setParameter("activeFrom", filter.activeFrom().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }
    if (filter.activeTo() != null) {
      q.setParameter("activeUntil", filter.activeTo().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }
    return q.getResultList();
  }

  @Override
  public Optional<ExchangeThread> findThread(ExchangeId id) {
    return Optional.ofNullable(em.find(ExchangeThread.class, id.value()));
  }

  @Override
  public Optional<ExchangeThread> lockThread(ExchangeId id) {
    ExchangeThread t = em.find(ExchangeThread.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
    if (t != null) {
      em.refresh(t); // participants as committed now, not as first read in this transaction
    }
    return Optional.ofNullable(t);
  }

  @Override
  public java.util.Map<String, java.time.Instant> lastReads(Viewer viewer, List<String> threadIds) {
    java.util.Map<String, java.time.Instant> reads = new java.util.HashMap<>();
    if (threadIds.isEmpty()) {
      return reads;
    }
    em.createQuery(
            "select r.threadId, max(r.at) from Receipt r where r.organisationCode = :org and r.username = :user"
                + " and r.kind = icc.platform.web.exchange.domain.Receipt.Kind.READ and r.threadId in :ids group by r.threadId",
            Object[].class)
        .setParameter("org", viewer.organisationCode())
        .setParameter("user", viewer.username())
        .setParameter("ids", threadIds)
        .getResultList()
        .forEach(row -> reads.put((String) row[0], (java.time.Instant) row[1]));
    return reads;
  }

  @Override
  public List<ExchangeMessage> messages(ExchangeId threadId) {
    return em.createQuery("select m from ExchangeMessage m where m.threadId = :t order by m.sentAt, m.id", ExchangeMessage.class)
        .setParameter("t", threadId.value())
        .getResultList();
  }

  @Override
  public List<ExchangeDocument> documents(ExchangeId threadId) {
    return em.createQuery("select d from ExchangeDocument d where d.threadId = :t order by d.uploadedAt, d.id", ExchangeDocument.class)
        .setParameter("t", threadId.value())
        .getResultList();
  }

  @Override
  public Optional<ExchangeDocument> findDocument(ExchangeId threadId, ExchangeId documentId) {
    return Optional.ofNullable(em.find(ExchangeDocument.class, documentId.value()))
        .filter(d -> d.threadId().equals(threadId.value()));
  }

  @Override
  public List<ConsentRequest> consents(ExchangeId threadId) {
    return em.createQuery("select c from ConsentRequest c where c.threadId = :t order by c.requestedAt, c.id", ConsentRequest.class)
        .setParameter("t", threadId.value())
        .getResultList();
  }

  @Override
  public Optional<ConsentRequest> findConsent(ExchangeId threadId, ExchangeId consentId) {
    return Optional.ofNullable(em.find(ConsentRequest.class, consentId.value(), LockModeType.PESSIMISTIC_WRITE))
        .filter(c -> c.threadId().equals(threadId.value()));
  }

  @Override
  public Optional<ConsentRequest> grantedConsent(String threadId, String organisationCode) {
    return em.createQuery(
            "select c from ConsentRequest c where c.threadId = :t and c.organisationCode = :o"
                + " and c.status = icc.platform.web.exchange.domain.ConsentRequest.Status.GRANTED order by c.answeredAt",
            ConsentRequest.class)
        .setParameter("t", threadId)
        .setParameter("o", organisationCode)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Receipt> receipts(ExchangeId threadId) {
    return em.createQuery("select r from Receipt r where r.threadId = :t order by r.at, r.id", Receipt.class)
        .setParameter("t", threadId.value())
        .getResultList();
  }

  @Override
  public boolean isStored(String storageKey) {
    return !em.createQuery("select d.id from ExchangeDocument d where d.storageKey = :k", String.class)
        .setParameter("k", storageKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(Object entity) {
    em.persist(entity);
  }
}
