package icc.platform.web.request.infrastructure;

import icc.platform.web.request.domain.AssetEvent;
import icc.platform.web.request.domain.Challenge;
import icc.platform.web.request.domain.CooperationRequest;
import icc.platform.web.request.domain.DeadlineExplanation;
import icc.platform.web.request.domain.RequestRepository;
import icc.platform.web.request.domain.RequestStatus;
import icc.platform.web.request.domain.Side;
import icc.platform.web.request.domain.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRequestRepository implements RequestRepository {

  private static final EnumSet<RequestStatus> PENDING = EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.ACKNOWLEDGED,
      RequestStatus.IN_PROGRESS, RequestStatus.CLARIFICATION_REQUESTED);

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Override
  public void add(CooperationRequest request) {
    em.persist(request);
  }

  @Override
  public long count() {
    return em.createQuery("select count(r) from CooperationRequest r", Long.class).getSingleResult();
  }

  @Override
  public Optional<CooperationRequest> find(String id) {
    return Optional.ofNullable(em.find(CooperationRequest.class, id));
  }

  @Override
  public Optional<CooperationRequest> lock(String id) {
    return Optional.ofNullable(em.find(CooperationRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The requested side never gets drafts, in the query itself (not only in the aggregate). */
  @Override
  public List<CooperationRequest> listFor(String organisationCode, Side side, int limit) {
    String where = side == Side.REQUESTING ? "r.requestingOrg = :org" : "r.requestedOrg = :org and r.status <> :draft";
    var q = em.createQuery("select r from CooperationRequest r where " + where + " order by r.statusChangedAt desc, r.id",
            CooperationRequest.class)
        .setParameter("org", organisationCode)
        .setMaxResults(limit);
    if (side == Side.REQUESTED) {
      q.setParameter("draft", RequestStatus.DRAFT);
    }
    return q.getResultList();
  }

  @Override
  public List<CooperationRequest> pendingDueBy(LocalDate dueBy) {
    return em.createQuery("select r from CooperationRequest r where r.status in :pending and"
            + " coalesce(r.estimatedCompletion, r.deadline) <= :dueBy order by r.deadline, r.id", CooperationRequest.class)
        .setParameter("pending", PENDING)
        .setParameter("dueBy", dueBy)
        .getResultList();
  }

  @Override
  public void add(Transition transition) {
    em.persist(transition);
  }

  @Override
  public void add(AssetEvent event) {
    em.persist(event);
  }

  @Override
  public void add(Challenge challenge) {
    em.persist(challenge);
  }

  @Override
  public void add(DeadlineExplanation explanation) {
    em.persist(explanation);
  }

  @Override
  public List<Transition> transitions(String requestId) {
    return em.createQuery("select t from Transition t where t.requestId = :id order by t.at, t.id", Transition.class)
        .setParameter("id", requestId).getResultList();
  }

  @Override
  public List<AssetEvent> assetEvents(String requestId) {
    return em.createQuery("select e from AssetEvent e where e.requestId = :id order by e.recordedAt, e.id", AssetEvent.class)
        .setParameter("id", requestId).getResultList();
  }

  @Override
  public List<Challenge> challenges(String requestId) {
    return em.createQuery("select c from Challenge c where c.requestId = :id order by c.recordedAt, c.id", Challenge.class)
        .setParameter("id", requestId).getResultList();
  }

  @Override
  public List<DeadlineExplanation> explanations(String requestId) {
    return em.createQuery("select d from DeadlineExplanation d where d.requestId = :id order by d.recordedAt, d.id",
            DeadlineExplanation.class)
        .setParameter("id", requestId).getResultList();
  }
}
