package icc.platform.web.request.domain;

import static icc.platform.web.request.domain.RequestAction.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole table of docs/requests.md: for each side and state, exactly the actions allowed. */
class LifecycleTest {

  static Stream<Arguments> table() {
    return Stream.of(
        row(Side.REQUESTING, RequestStatus.DRAFT, null, false, EnumSet.of(SUBMIT)),
        row(Side.REQUESTED, RequestStatus.DRAFT, null, false, EnumSet.noneOf(RequestAction.class)),
        row(Side.REQUESTING, RequestStatus.SUBMITTED, null, false, EnumSet.of(WITHDRAW)),
        row(Side.REQUESTED, RequestStatus.SUBMITTED, null, false, EnumSet.of(ACKNOWLEDGE, DECLINE)),
        row(Side.REQUESTED, RequestStatus.ACKNOWLEDGED, null, false,
            EnumSet.of(START, REQUEST_CLARIFICATION, DECLINE, OPEN_CONSULTATION, PROPOSE_CONDITIONS, POSTPONE)),
        row(Side.REQUESTED, RequestStatus.IN_PROGRESS, null, false,
            EnumSet.of(REQUEST_CLARIFICATION, REPORT_PARTIAL, REPORT_EXECUTED, DECLINE, OPEN_CONSULTATION, PROPOSE_CONDITIONS, POSTPONE)),
        row(Side.REQUESTING, RequestStatus.IN_PROGRESS, null, false, EnumSet.of(WITHDRAW)),
        row(Side.REQUESTING, RequestStatus.CLARIFICATION_REQUESTED, null, false, EnumSet.of(ANSWER_CLARIFICATION, WITHDRAW)),
        row(Side.REQUESTED, RequestStatus.CLARIFICATION_REQUESTED, null, false,
            EnumSet.of(DECLINE, OPEN_CONSULTATION, PROPOSE_CONDITIONS, POSTPONE)),
        row(Side.REQUESTED, RequestStatus.IN_PROGRESS, SideState.CONSULTATION, false, EnumSet.of(DECLINE, RESUME)),
        row(Side.REQUESTING, RequestStatus.IN_PROGRESS, SideState.CONDITIONS_PROPOSED, false, EnumSet.of(WITHDRAW, RESUME)),
        row(Side.REQUESTING, RequestStatus.IN_PROGRESS, SideState.POSTPONED, false, EnumSet.of(WITHDRAW)),
        row(Side.REQUESTED, RequestStatus.IN_PROGRESS, SideState.POSTPONED, true, EnumSet.of(DECLINE, RESUME, EXPLAIN_DELAY)),
        row(Side.REQUESTED, RequestStatus.SUBMITTED, null, true, EnumSet.of(ACKNOWLEDGE, DECLINE, EXPLAIN_DELAY)),
        row(Side.REQUESTED, RequestStatus.PARTIALLY_EXECUTED, null, false, EnumSet.of(REPORT_EXECUTED)),
        row(Side.REQUESTING, RequestStatus.PARTIALLY_EXECUTED, null, false, EnumSet.noneOf(RequestAction.class)),
        row(Side.REQUESTED, RequestStatus.EXECUTED, null, true, EnumSet.noneOf(RequestAction.class)),
        row(Side.REQUESTED, RequestStatus.DECLINED, null, false, EnumSet.noneOf(RequestAction.class)),
        row(Side.REQUESTING, RequestStatus.WITHDRAWN, null, false, EnumSet.noneOf(RequestAction.class)));
  }

  @ParameterizedTest(name = "{0} in {1}/{2} overdue={3}: {4}")
  @MethodSource("table")
  void allowedActions(Side side, RequestStatus status, SideState sideState, boolean overdue, Set<RequestAction> expected) {
    assertEquals(expected, Lifecycle.allowed(side, status, sideState, overdue));
  }

  static Stream<Arguments> steps() {
    return Stream.of(
        Arguments.of(SUBMIT, RequestStatus.DRAFT, null, RequestStatus.SUBMITTED, null),
        Arguments.of(REQUEST_CLARIFICATION, RequestStatus.IN_PROGRESS, null, RequestStatus.CLARIFICATION_REQUESTED, null),
        Arguments.of(ANSWER_CLARIFICATION, RequestStatus.CLARIFICATION_REQUESTED, null, RequestStatus.IN_PROGRESS, null),
        Arguments.of(POSTPONE, RequestStatus.IN_PROGRESS, null, RequestStatus.IN_PROGRESS, SideState.POSTPONED),
        Arguments.of(RESUME, RequestStatus.ACKNOWLEDGED, SideState.CONSULTATION, RequestStatus.ACKNOWLEDGED, null),
        Arguments.of(DECLINE, RequestStatus.IN_PROGRESS, SideState.CONDITIONS_PROPOSED, RequestStatus.DECLINED, null),
        Arguments.of(WITHDRAW, RequestStatus.IN_PROGRESS, SideState.POSTPONED, RequestStatus.WITHDRAWN, null));
  }

  @ParameterizedTest(name = "{0} from {1}/{2}")
  @MethodSource("steps")
  void stepsLeadWhereTheTableSays(RequestAction a, RequestStatus from, SideState side, RequestStatus to, SideState toSide) {
    Side by = a.sides().iterator().next() == Side.REQUESTING && a != RESUME ? Side.REQUESTING : Side.REQUESTED;
    assertEquals(new Lifecycle.Step(to, toSide), Lifecycle.next(a, by, from, side, false).orElseThrow());
  }

  private static Arguments row(Side side, RequestStatus status, SideState sideState, boolean overdue, Set<RequestAction> expected) {
    return Arguments.of(side, status, sideState, overdue, expected);
  }
}
