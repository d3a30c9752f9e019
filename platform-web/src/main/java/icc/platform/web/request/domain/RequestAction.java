package icc.platform.web.request.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a request's lifecycle (V30 {@code cooperation_transition.action}), each taken by
 * one side only (RESUME by either, see {@link Lifecycle}). Every step is signed by the acting
 * organisation and kept in the timeline.
 */
public enum RequestAction {
  SUBMIT(Side.REQUESTING, false),
  ACKNOWLEDGE(Side.REQUESTED, false),
  START(Side.REQUESTED, false),
  REQUEST_CLARIFICATION(Side.REQUESTED, true),
  ANSWER_CLARIFICATION(Side.REQUESTING, true),
  /** Executed in part; the reasons for the rest go in the reason and challenge codes. */
  REPORT_PARTIAL(Side.REQUESTED, true),
  REPORT_EXECUTED(Side.REQUESTED, false),
  /** Art. 93(6): the State informs the Court promptly of the reasons; challenge codes required. */
  DECLINE(Side.REQUESTED, true),
  WITHDRAW(Side.REQUESTING, true),
  /** Art. 97: problems that impede or prevent execution. */
  OPEN_CONSULTATION(Side.REQUESTED, true),
  /** Art. 93(5): assistance subject to conditions. */
  PROPOSE_CONDITIONS(Side.REQUESTED, true),
  /** Art. 94: postponement, with the reason and the expected date. */
  POSTPONE(Side.REQUESTED, true),
  /** Ends a consultation, conditions (accepted) or postponement: execution goes on. */
  RESUME(null, false),
  /** After a missed deadline: the reasons and a new estimate (DESIGN.md section 6). */
  EXPLAIN_DELAY(Side.REQUESTED, true);

  private final Side side;
  private final boolean reasonRequired;

  RequestAction(Side side, boolean reasonRequired) {
    this.side = side;
    this.reasonRequired = reasonRequired;
  }

  /** The sides that may ever take this action. */
  public Set<Side> sides() {
    return side == null ? EnumSet.allOf(Side.class) : EnumSet.of(side);
  }

  public boolean reasonRequired() {
    return reasonRequired;
  }

  /** Actions that need a date: the expected date of a postponement, the new estimate after a missed deadline. */
  public boolean dateRequired() {
    return this == POSTPONE || this == EXPLAIN_DELAY;
  }
}
