package icc.platform.web.request.domain;

import static icc.platform.web.request.domain.Drafts.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CooperationRequestTest {

  @Test
  void aDraftIsTheRequestersOwnUntilSubmitted() {
    CooperationRequest r = draft(RequestType.TRACE_ASSETS);
    assertTrue(r.isVisibleTo("COURT"));
    assertFalse(r.isVisibleTo("NL"));
    assertFalse(r.isVisibleTo("FR"));
    r.perform(OTP, RequestAction.SUBMIT, reason(""), TODAY, NOW);
    assertTrue(r.isVisibleTo("NL"));
    assertFalse(r.isVisibleTo("FR"));
    assertEquals(RequestStatus.SUBMITTED, r.status());
    assertEquals(NOW, r.submittedAt());
  }

  @Test
  void onlyARequesterOrFocalPointDrafts() {
    assertThrows(RequestException.Forbidden.class, () -> CooperationRequest.draft("a", "b", ANALYST, "NL", complete(RequestType.TRACE_ASSETS), NOW));
    assertThrows(RequestException.Forbidden.class, () -> CooperationRequest.draft("a", "b", OFFICER_NL, "COURT", complete(RequestType.TRACE_ASSETS), NOW));
    // Art. 93(10): a State asks the Court.
    CooperationRequest r = CooperationRequest.draft("a", "b", FOCAL_NL, "COURT", complete(RequestType.PROVIDE_RECORDS), NOW);
    assertEquals(List.of(RequestAction.SUBMIT), r.allowedActions(FOCAL_NL));
  }

  @Test
  void anIncompleteRequestIsNotSubmittedAndSaysWhatIsMissing() {
    RequestContent c = complete(RequestType.FREEZE_ASSETS);
    RequestContent missing = new RequestContent(c.type(), "", "", c.situationRef(), c.caseRef(), "", null, c.requestingUnit(),
        c.urgency(), c.deadline(), c.purpose(), c.facts(), c.procedureNotes(), "en", c.subjects(), c.assets()).normalised();
    CooperationRequest r = CooperationRequest.draft("a", "b", OTP, "NL", missing, NOW);
    RequestException.Incomplete e = assertThrows(RequestException.Incomplete.class,
        () -> r.perform(OTP, RequestAction.SUBMIT, reason(""), TODAY, NOW));
    assertEquals(List.of("legalBasis", "decisionRef", "decisionDate"), e.findings().stream().map(Finding::field).toList());
    assertEquals(RequestStatus.DRAFT, r.status());
    assertNull(r.submittedAt());
  }

  @Test
  void wrongSideIsForbiddenWrongStateListsWhatIsAllowed() {
    CooperationRequest r = draft(RequestType.TRACE_ASSETS);
    r.perform(OTP, RequestAction.SUBMIT, reason(""), TODAY, NOW);
    assertThrows(RequestException.Forbidden.class, () -> r.perform(OTP, RequestAction.ACKNOWLEDGE, reason(""), TODAY, NOW));
    assertThrows(RequestException.Forbidden.class, () -> r.perform(FOCAL_NL, RequestAction.WITHDRAW, reason("x"), TODAY, NOW));
    assertThrows(RequestException.Forbidden.class, () -> r.perform(OFFICER_NL, RequestAction.ACKNOWLEDGE, reason(""), TODAY, NOW));
    assertThrows(RequestException.NotFound.class, () -> r.perform(FOCAL_FR, RequestAction.ACKNOWLEDGE, reason(""), TODAY, NOW));
    RequestException.WrongState e = assertThrows(RequestException.WrongState.class,
        () -> r.perform(FOCAL_NL, RequestAction.START, reason(""), TODAY, NOW));
    assertEquals(List.of(RequestAction.ACKNOWLEDGE, RequestAction.DECLINE), e.allowed());
    assertTrue(e.getMessage().contains("ACKNOWLEDGE, DECLINE"), e.getMessage());
  }

  @Test
  void fullLifecycleWithClarificationLoopAndPartialExecution() {
    CooperationRequest r = draft(RequestType.TRACE_ASSETS);
    r.perform(OTP, RequestAction.SUBMIT, reason(""), TODAY, NOW);
    r.perform(FOCAL_NL, RequestAction.ACKNOWLEDGE, reason(""), TODAY, NOW.plusSeconds(60));
    assertEquals(NOW.plusSeconds(60), r.acknowledgedAt());
    r.perform(FOCAL_NL, RequestAction.START, reason(""), TODAY, NOW);
    assertThrows(RequestException.InvalidInput.class, () -> r.perform(FOCAL_NL, RequestAction.REQUEST_CLARIFICATION, reason(" "), TODAY, NOW));
    for (int i = 0; i < 2; i++) {
      r.perform(FOCAL_NL, RequestAction.REQUEST_CLARIFICATION, reason("Company registration number?"), TODAY, NOW);
      assertEquals(RequestStatus.CLARIFICATION_REQUESTED, r.status());
      r.perform(OTP, RequestAction.ANSWER_CLARIFICATION, reason("KvK 12345678"), TODAY, NOW);
      assertEquals(RequestStatus.IN_PROGRESS, r.status());
    }
    String account = r.assets().get(0).id();
    AssetEvent e = r.reportAsset(FOCAL_NL, account, new AssetReport(AssetStatus.FROZEN, TODAY, new BigDecimal("120000"), "eur",
        "Public Prosecution Service, Amsterdam", "Frozen by order of 20 November", null), TODAY, NOW);
    assertEquals(AssetStatus.FROZEN, r.assets().get(0).status());
    assertEquals("EUR", e.currency());
    assertEquals(new BigDecimal("120000.00"), r.assets().get(0).executedValue());
    CooperationRequest.Performed p = r.perform(FOCAL_NL, RequestAction.REPORT_PARTIAL,
        new ActionInput("Second account not found", null, List.of(new ChallengeInput(ChallengeCode.ASSET_NOT_FOUND, "closed in 2020", null))),
        TODAY, NOW);
    assertEquals(RequestStatus.PARTIALLY_EXECUTED, r.status());
    assertNotNull(r.closedAt());
    assertEquals(p.transition().id(), p.challenges().get(0).transitionId());
  }

  @Test
  void declineNeedsReasonsAndChallengeCodes() {
    CooperationRequest r = draft(RequestType.FREEZE_ASSETS);
    r.perform(OTP, RequestAction.SUBMIT, reason(""), TODAY, NOW);
    assertThrows(RequestException.InvalidInput.class, () -> r.perform(FOCAL_NL, RequestAction.DECLINE, reason(""), TODAY, NOW));
    RequestException.InvalidInput noCodes = assertThrows(RequestException.InvalidInput.class,
        () -> r.perform(FOCAL_NL, RequestAction.DECLINE, reason("Bank secrecy law"), TODAY, NOW));
    assertTrue(noCodes.getMessage().startsWith("challenges:"), noCodes.getMessage());
    assertThrows(RequestException.InvalidInput.class, () -> r.perform(FOCAL_NL, RequestAction.DECLINE,
        new ActionInput("x", null, List.of(new ChallengeInput(ChallengeCode.OTHER, "", "not-an-asset"))), TODAY, NOW));
    assertEquals(RequestStatus.SUBMITTED, r.status());
    CooperationRequest.Performed p = r.perform(FOCAL_NL, RequestAction.DECLINE, new ActionInput("Bank secrecy law art. 12", null,
        List.of(new ChallengeInput(ChallengeCode.BANK_SECRECY, "", r.assets().get(0).id()),
            new ChallengeInput(ChallengeCode.NO_DOMESTIC_PROCEDURE, "no freezing on a Court request", null))), TODAY, NOW);
    assertEquals(RequestStatus.DECLINED, r.status());
    assertEquals(2, p.challenges().size());
    assertEquals(List.of(), r.allowedActions(FOCAL_NL));
  }

  @Test
  void sideStatesHoldExecutionUntilResumed() {
    CooperationRequest r = draft(RequestType.SEIZE_ASSETS);
    r.perform(OTP, RequestAction.SUBMIT, reason(""), TODAY, NOW);
    r.perform(FOCAL_NL, RequestAction.ACKNOWLEDGE, reason(""), TODAY, NOW);
    assertThrows(RequestException.InvalidInput.class, () -> r.perform(FOCAL_NL, RequestAction.POSTPONE, reason("national case"), TODAY, NOW));
    r.perform(FOCAL_NL, RequestAction.POSTPONE, new ActionInput("national case 2026/77", TODAY.plusDays(30), List.of()), TODAY, NOW);
    assertEquals(SideState.POSTPONED, r.sideState());
    assertEquals(TODAY.plusDays(30), r.postponedUntil());
    assertThrows(RequestException.WrongState.class, () -> r.perform(FOCAL_NL, RequestAction.START, reason(""), TODAY, NOW));
    assertThrows(RequestException.WrongState.class, () -> r.perform(OTP, RequestAction.RESUME, reason(""), TODAY, NOW));
    r.perform(FOCAL_NL, RequestAction.RESUME, reason(""), TODAY, NOW);
    r.perform(FOCAL_NL, RequestAction.PROPOSE_CONDITIONS, reason("Only after notice to the holder"), TODAY, NOW);
    r.perform(OTP, RequestAction.RESUME, reason("Accepted"), TODAY, NOW);
    assertNull(r.sideState());
    r.perform(FOCAL_NL, RequestAction.START, reason(""), TODAY, NOW);
  }

  @Test
  void assetsMoveForwardOnly() {
    CooperationRequest r = draft(RequestType.FREEZE_ASSETS);
    String id = r.assets().get(0).id();
    assertThrows(RequestException.Forbidden.class, () -> r.reportAsset(OTP, id, frozen(), TODAY, NOW));
    r.perform(OTP, RequestAction.SUBMIT, reason(""), TODAY, NOW);
    assertThrows(RequestException.Conflict.class, () -> r.reportAsset(FOCAL_NL, id, frozen(), TODAY, NOW));
    r.perform(FOCAL_NL, RequestAction.ACKNOWLEDGE, reason(""), TODAY, NOW);
    assertThrows(RequestException.InvalidInput.class, () -> r.reportAsset(FOCAL_NL, id,
        new AssetReport(AssetStatus.FROZEN, TODAY, null, null, "", "x", null), TODAY, NOW));
    assertThrows(RequestException.InvalidInput.class, () -> r.reportAsset(FOCAL_NL, id,
        new AssetReport(AssetStatus.FROZEN, TODAY.plusDays(1), null, null, "OM", "x", null), TODAY, NOW));
    assertThrows(RequestException.NotFound.class, () -> r.reportAsset(FOCAL_NL, "nope", frozen(), TODAY, NOW));
    r.reportAsset(FOCAL_NL, id, frozen(), TODAY, NOW);
    RequestException.Conflict back = assertThrows(RequestException.Conflict.class, () -> r.reportAsset(FOCAL_NL, id,
        new AssetReport(AssetStatus.IDENTIFIED, TODAY, null, null, "", "x", null), TODAY, NOW));
    assertTrue(back.getMessage().contains("SEIZED, RELEASED, TRANSFERRED"), back.getMessage());
    r.reportAsset(FOCAL_NL, id, new AssetReport(AssetStatus.SEIZED, TODAY, null, null, "OM", "seized", null), TODAY, NOW);
    assertEquals(AssetStatus.SEIZED, r.assets().get(0).status());
  }

  @Test
  void overdueUntilExplainedThenFlaggedAgainIfTheNewEstimateIsMissed() {
    CooperationRequest r = draft(RequestType.TRACE_ASSETS);
    r.perform(OTP, RequestAction.SUBMIT, reason(""), TODAY, NOW);
    LocalDate due = r.deadline();
    assertFalse(r.dueForReminder(due.minusDays(8)));
    assertTrue(r.dueForReminder(due.minusDays(7)));
    r.markReminded(NOW);
    assertFalse(r.dueForReminder(due.minusDays(6)));
    assertFalse(r.dueForOverdueFlag(due));
    assertTrue(r.dueForOverdueFlag(due.plusDays(1)));
    assertThrows(RequestException.WrongState.class,
        () -> r.perform(FOCAL_NL, RequestAction.EXPLAIN_DELAY, new ActionInput("x", due.plusDays(30), List.of()), due.plusDays(1), NOW));
    Instant flagged = NOW.plusSeconds(86400L * 61);
    r.flagOverdue(flagged);
    assertTrue(r.isOverdue());
    assertFalse(r.dueForOverdueFlag(due.plusDays(2)));
    assertThrows(RequestException.Forbidden.class,
        () -> r.perform(OTP, RequestAction.EXPLAIN_DELAY, new ActionInput("x", due.plusDays(30), List.of()), due.plusDays(1), flagged));
    CooperationRequest.Performed p = r.perform(FOCAL_NL, RequestAction.EXPLAIN_DELAY,
        new ActionInput("Bank answered late", due.plusDays(30), List.of()), due.plusDays(2), flagged.plusSeconds(60));
    assertFalse(r.isOverdue());
    assertEquals(due.plusDays(30), r.estimatedCompletion());
    assertEquals(due.plusDays(30), p.explanation().orElseThrow().newEstimate());
    assertFalse(r.dueForOverdueFlag(due.plusDays(30)));
    assertTrue(r.dueForOverdueFlag(due.plusDays(31)));
  }

  @Test
  void draftsChangeOnlyAsDraftsAndOnlyByTheRequester() {
    CooperationRequest r = draft(RequestType.TRACE_ASSETS);
    RequestContent c = complete(RequestType.FREEZE_ASSETS);
    assertThrows(RequestException.Forbidden.class, () -> r.updateDraft(new icc.platform.web.exchange.domain.Viewer("COURT", "court.analyst",
        java.util.Set.of("court-analyst")), c, NOW));
    r.updateDraft(OTP, c, NOW);
    assertEquals(RequestType.FREEZE_ASSETS, r.type());
    assertEquals(c, r.content());
    r.perform(OTP, RequestAction.SUBMIT, reason(""), TODAY, NOW);
    assertThrows(RequestException.Conflict.class, () -> r.updateDraft(OTP, c, NOW));
  }

  @Test
  void theSignedStatementBindsRequestActionActorAndReason() {
    CooperationRequest r = draft(RequestType.TRACE_ASSETS);
    Transition t = r.perform(OTP, RequestAction.SUBMIT, reason("first"), TODAY, NOW).transition();
    String s = new String(t.signedBytes(), StandardCharsets.UTF_8);
    assertEquals("icc-cooperation-transition/v1\n" + t.id() + "\n" + r.id() + "\nSUBMIT\nDRAFT\nSUBMITTED\n-\nCOURT\notp.investigator\n"
        + NOW + "\n-\nfirst", s);
  }

  private static AssetReport frozen() {
    return new AssetReport(AssetStatus.FROZEN, TODAY, new BigDecimal("1000"), "EUR", "OM Amsterdam", "frozen", null);
  }
}
