package icc.platform.web.exchange.domain;

import static icc.platform.web.exchange.domain.ThreadAccessTest.T0;
import static icc.platform.web.exchange.domain.Viewers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Opening threads, handling codes H0-H3 and the H2 consent flow. */
class ExchangeThreadTest {

  static ExchangeThread open(Viewer by, HandlingCode code, String conditions, String... others) {
    return ExchangeThread.open(by, ThreadKind.DISCUSSION, "Legal opinion", Classification.RESTRICTED, code, conditions,
        null, List.of(others), T0);
  }

  @Test
  void theOriginatorAlwaysTakesPartAndIsListedFirst() {
    ExchangeThread t = open(FOCAL_NL, HandlingCode.H0, null, "FR", "NL", "FR");
    assertEquals(List.of("NL", "FR"), t.participantCodes());
    assertEquals("NL", t.originatorOrg());
    assertEquals("focal.nl", t.originatorUsername());
  }

  @Test
  void aThreadNeedsAnotherOrganisation() {
    ExchangeException e = assertThrows(ExchangeException.InvalidInput.class, () -> open(FOCAL_NL, HandlingCode.H0, null, "NL"));
    assertTrue(e.getMessage().startsWith("participants"));
  }

  @Test
  void h3NeedsConditionsAndOnlyH3TakesThem() {
    assertThrows(ExchangeException.InvalidInput.class, () -> open(FOCAL_NL, HandlingCode.H3, "  ", "FR"));
    assertThrows(ExchangeException.InvalidInput.class, () -> open(FOCAL_NL, HandlingCode.H0, "only for X", "FR"));
    assertEquals("Only for case X", open(FOCAL_NL, HandlingCode.H3, " Only for case X ", "FR").handlingConditions());
  }

  @Test
  void subjectIsRequiredBoundedAndFreeOfControlCharacters() {
    assertThrows(ExchangeException.InvalidInput.class, () -> ExchangeThread.open(FOCAL_NL, ThreadKind.DISCUSSION, " ",
        Classification.RESTRICTED, HandlingCode.H0, null, null, List.of("FR"), T0));
    assertThrows(ExchangeException.InvalidInput.class, () -> ExchangeThread.open(FOCAL_NL, ThreadKind.DISCUSSION,
        "x".repeat(ExchangeThread.SUBJECT_MAX + 1), Classification.RESTRICTED, HandlingCode.H0, null, null, List.of("FR"), T0));
    assertThrows(ExchangeException.InvalidInput.class, () -> ExchangeThread.open(FOCAL_NL, ThreadKind.DISCUSSION,
        "bell\u0007", Classification.RESTRICTED, HandlingCode.H0, null, null, List.of("FR"), T0));
    assertThrows(ExchangeException.InvalidInput.class, () -> ExchangeThread.open(FOCAL_NL, ThreadKind.DISCUSSION,
        "s", null, HandlingCode.H0, null, null, List.of("FR"), T0));
  }

  @Test
  void underH0AnyParticipantsFocalPointAddsOrganisations() {
    ExchangeThread t = open(FOCAL_NL, HandlingCode.H0, null, "FR");
    t.addParticipant(FOCAL_FR, "SN", Optional.empty(), T0.plusSeconds(1));
    assertEquals(List.of("NL", "FR", "SN"), t.participantCodes());
    assertNull(t.participants().get(2).consentId());
    assertThrows(ExchangeException.Conflict.class, () -> t.addParticipant(FOCAL_NL, "SN", Optional.empty(), T0));
  }

  @Test
  void underH2AnotherParticipantNeedsTheOriginatorsGrantedConsent() {
    ExchangeThread t = open(FOCAL_NL, HandlingCode.H2, null, "FR");
    ExchangeException refused = assertThrows(ExchangeException.Conflict.class,
        () -> t.addParticipant(FOCAL_FR, "SN", Optional.empty(), T0));
    assertEquals("consent_required", refused.error());
    assertFalse(t.hasParticipant("SN"), "nothing changed");

    ConsentRequest c = ConsentRequest.ask(FOCAL_FR, t, "SN", "Senegal drafts the same procedure", T0);
    assertThrows(ExchangeException.Conflict.class, () -> t.addParticipant(FOCAL_FR, "SN", Optional.of(c), T0), "still pending");
    assertThrows(ExchangeException.Forbidden.class, () -> c.answer(FOCAL_FR, t, true, T0), "only the originator answers");
    c.answer(FOCAL_NL, t, true, T0);
    assertEquals(ConsentRequest.Status.GRANTED, c.status());
    assertThrows(ExchangeException.Conflict.class, () -> c.answer(FOCAL_NL, t, false, T0), "answered once");

    // A consent for Senegal does not let Argentina in.
    assertThrows(ExchangeException.Conflict.class, () -> t.addParticipant(FOCAL_FR, "AR", Optional.of(c), T0));
    t.addParticipant(FOCAL_FR, "SN", Optional.of(c), T0.plusSeconds(2));
    assertEquals(c.id().value(), t.participants().get(2).consentId());
  }

  @Test
  void aRefusedConsentAllowsNothing() {
    ExchangeThread t = open(FOCAL_NL, HandlingCode.H2, null, "FR");
    ConsentRequest c = ConsentRequest.ask(FOCAL_FR, t, "SN", "reason", T0);
    c.answer(FOCAL_NL, t, false, T0);
    assertThrows(ExchangeException.Conflict.class, () -> t.addParticipant(FOCAL_FR, "SN", Optional.of(c), T0));
  }

  @Test
  void theOriginatorNeedsNoConsentUnderH2() {
    ExchangeThread t = open(FOCAL_NL, HandlingCode.H2, null, "FR");
    t.addParticipant(FOCAL_NL, "SN", Optional.empty(), T0);
    assertTrue(t.hasParticipant("SN"));
    assertThrows(ExchangeException.Conflict.class, () -> ConsentRequest.ask(FOCAL_NL, t, "AR", "r", T0));
  }

  @Test
  void consentRequestsExistOnlyUnderH2() {
    ExchangeThread t = open(FOCAL_NL, HandlingCode.H1, null, "FR");
    ExchangeException e = assertThrows(ExchangeException.Conflict.class, () -> ConsentRequest.ask(FOCAL_FR, t, "SN", "r", T0));
    assertEquals("consent_not_needed", e.error());
  }

  @Test
  void forwardingH2MaterialFollowsTheSameRule() {
    String source = ExchangeId.random().value();
    assertNull(HandlingRules.requirePassOnAllowed(HandlingCode.H1, "NL", source, "FR", "SN", Optional.empty()));
    assertNull(HandlingRules.requirePassOnAllowed(HandlingCode.H2, "NL", source, "NL", "SN", Optional.empty()));
    assertThrows(ExchangeException.Conflict.class,
        () -> HandlingRules.requirePassOnAllowed(HandlingCode.H2, "NL", source, "FR", "SN", Optional.empty()));
  }

  @Test
  void onlyH1IsMarkedOnDownloadAndOnlyH2NeedsConsent() {
    for (HandlingCode c : HandlingCode.values()) {
      assertEquals(c == HandlingCode.H1, c.markedOnDownload());
      assertEquals(c == HandlingCode.H2, c.requiresConsentToPassOn());
      assertEquals(c == HandlingCode.H3, c.requiresConditions());
    }
  }

  @Test
  void aNoticeGoesToTheCourtByDefaultAndNeedsItsDetails() {
    Notice n = Notice.of(NoticeType.WARRANT_SUBJECT_TRAVEL, "ICC-01/99-01/26", LocalDate.of(2026, 5, 2),
        LocalDate.of(2026, 5, 4), "Tokyo to Bangkok", "Immigration service");
    ExchangeThread t = ExchangeThread.open(Viewers.of("JP", "focal.jp", "focal-point"), ThreadKind.NOTICE, "Travel",
        Classification.CONFIDENTIAL, HandlingCode.H1, null, n, List.of(), T0);
    assertEquals(List.of("JP", "COURT"), t.participantCodes());
    assertThrows(ExchangeException.InvalidInput.class, () -> ExchangeThread.open(FOCAL_NL, ThreadKind.NOTICE, "Travel",
        Classification.CONFIDENTIAL, HandlingCode.H1, null, null, List.of(), T0));
    assertThrows(ExchangeException.InvalidInput.class, () -> ExchangeThread.open(FOCAL_NL, ThreadKind.DISCUSSION, "x",
        Classification.CONFIDENTIAL, HandlingCode.H1, null, n, List.of("FR"), T0));
    ExchangeException backwards = assertThrows(ExchangeException.InvalidInput.class, () -> Notice.of(
        NoticeType.VOLUNTARY_CONTACT_ADVISORY, "ref", LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), "p", "s"));
    assertTrue(backwards.getMessage().startsWith("notice.to"));
    assertThrows(ExchangeException.InvalidInput.class, () -> Notice.of(null, "ref", LocalDate.of(2026, 5, 2), null, "p", "s"));
    assertThrows(ExchangeException.InvalidInput.class, () -> Notice.of(NoticeType.WARRANT_SUBJECT_TRAVEL, "ref", null, null, "p", "s"));
  }
}
