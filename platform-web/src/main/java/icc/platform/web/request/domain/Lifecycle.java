package icc.platform.web.request.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The state machine of DESIGN.md section 6:
 * {@code DRAFT → SUBMITTED → ACKNOWLEDGED → IN_PROGRESS ⇄ CLARIFICATION_REQUESTED →
 * PARTIALLY_EXECUTED / EXECUTED / DECLINED / WITHDRAWN}, with the side states CONSULTATION (art.
 * 97), CONDITIONS_PROPOSED (art. 93(5)) and POSTPONED (art. 94) beside the main status. While a
 * side state holds, execution does not advance: only RESUME, DECLINE, WITHDRAW and EXPLAIN_DELAY
 * remain. The table is in docs/requests.md.
 */
public final class Lifecycle {

  /** Where an action leads: the main status and the side state after it. */
  public record Step(RequestStatus status, SideState sideState) {}

  private static final Set<RequestStatus> BEING_HANDLED =
      EnumSet.of(RequestStatus.ACKNOWLEDGED, RequestStatus.IN_PROGRESS, RequestStatus.CLARIFICATION_REQUESTED);
  private static final Set<RequestStatus> DECLINABLE = EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.ACKNOWLEDGED,
      RequestStatus.IN_PROGRESS, RequestStatus.CLARIFICATION_REQUESTED);

  private Lifecycle() {}

  /**
   * The step {@code action}, taken by {@code by}, leads to from this state; empty if the state does
   * not allow it (the side is checked separately: see {@link RequestAction#sides()}).
   *
   * @param overdue the deadline passed and no explanation was given since
   */
  public static Optional<Step> next(RequestAction action, Side by, RequestStatus status, SideState side, boolean overdue) {
    boolean free = side == null;
    Step step = switch (action) {
      case SUBMIT -> status == RequestStatus.DRAFT ? to(RequestStatus.SUBMITTED) : null;
      case ACKNOWLEDGE -> status == RequestStatus.SUBMITTED ? to(RequestStatus.ACKNOWLEDGED) : null;
      case START -> status == RequestStatus.ACKNOWLEDGED && free ? to(RequestStatus.IN_PROGRESS) : null;
      case REQUEST_CLARIFICATION -> (status == RequestStatus.ACKNOWLEDGED || status == RequestStatus.IN_PROGRESS) && free
          ? to(RequestStatus.CLARIFICATION_REQUESTED) : null;
      case ANSWER_CLARIFICATION -> status == RequestStatus.CLARIFICATION_REQUESTED && free ? to(RequestStatus.IN_PROGRESS) : null;
      case REPORT_PARTIAL -> status == RequestStatus.IN_PROGRESS && free ? to(RequestStatus.PARTIALLY_EXECUTED) : null;
      case REPORT_EXECUTED -> (status == RequestStatus.IN_PROGRESS || status == RequestStatus.PARTIALLY_EXECUTED) && free
          ? to(RequestStatus.EXECUTED) : null;
      case DECLINE -> DECLINABLE.contains(status) ? to(RequestStatus.DECLINED) : null;
      case WITHDRAW -> status.isPending() ? to(RequestStatus.WITHDRAWN) : null;
      case OPEN_CONSULTATION -> BEING_HANDLED.contains(status) && free ? new Step(status, SideState.CONSULTATION) : null;
      case PROPOSE_CONDITIONS -> BEING_HANDLED.contains(status) && free ? new Step(status, SideState.CONDITIONS_PROPOSED) : null;
      case POSTPONE -> BEING_HANDLED.contains(status) && free ? new Step(status, SideState.POSTPONED) : null;
      // The requester may accept conditions or close a consultation; only the State ends its own postponement.
      case RESUME -> status.isPending() && !free && (by == Side.REQUESTED || side != SideState.POSTPONED)
          ? new Step(status, null) : null;
      case EXPLAIN_DELAY -> status.isPending() && overdue ? new Step(status, side) : null;
    };
    return Optional.ofNullable(step);
  }

  /** The actions a side may take in this state, in lifecycle order. */
  public static Set<RequestAction> allowed(Side by, RequestStatus status, SideState side, boolean overdue) {
    Set<RequestAction> out = EnumSet.noneOf(RequestAction.class);
    for (RequestAction a : RequestAction.values()) {
      if (a.sides().contains(by) && next(a, by, status, side, overdue).isPresent()) {
        out.add(a);
      }
    }
    return out;
  }

  private static Step to(RequestStatus status) {
    return new Step(status, null);
  }
}
