package icc.platform.web.request.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Storage of requests and what their lifecycle produced. */
public interface RequestRepository {

  void add(CooperationRequest request);

  long count();

  Optional<CooperationRequest> find(String id);

  /** With a write lock: lifecycle steps of one request are serialized in the database. */
  Optional<CooperationRequest> lock(String id);

  /** Requests the organisation sent (any status) or received (never drafts), newest first. */
  List<CooperationRequest> listFor(String organisationCode, Side side, int limit);

  /** Submitted, not closed requests due by {@code dueBy} (deadline or new estimate), for the deadline timer. */
  List<CooperationRequest> pendingDueBy(LocalDate dueBy);

  void add(Transition transition);

  void add(AssetEvent event);

  void add(Challenge challenge);

  void add(DeadlineExplanation explanation);

  List<Transition> transitions(String requestId);

  List<AssetEvent> assetEvents(String requestId);

  List<Challenge> challenges(String requestId);

  List<DeadlineExplanation> explanations(String requestId);
}
