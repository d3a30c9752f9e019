package icc.platform.web.exchange.domain;

import static icc.platform.web.exchange.domain.Viewers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import icc.platform.web.exchange.domain.ThreadAccess.Level;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The access matrix of a thread between NL and FR: every role, own and other organisation. */
class ThreadAccessTest {

  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  static ExchangeThread nlWithFr() {
    return ExchangeThread.open(FOCAL_NL, ThreadKind.DISCUSSION, "Subject", Classification.RESTRICTED, HandlingCode.H0,
        null, null, List.of("FR"), T0);
  }

  @Test
  void focalPointsOfParticipantsManage() {
    ExchangeThread t = nlWithFr();
    assertEquals(Level.MANAGE, ThreadAccess.of(FOCAL_NL, t));
    assertEquals(Level.MANAGE, ThreadAccess.of(FOCAL_FR, t));
  }

  @Test
  void aNonParticipantSeesNothingAndGets404NotFound() {
    ExchangeThread t = nlWithFr();
    assertEquals(Level.NONE, ThreadAccess.of(FOCAL_SN, t));
    ExchangeException e = assertThrows(ExchangeException.NotFound.class, () -> ThreadAccess.require(FOCAL_SN, t, Level.READ));
    assertEquals("not_found", e.error());
  }

  @Test
  void anOfficerSeesOnlyThreadsTheyWereAddedToAndThenWrites() {
    ExchangeThread t = nlWithFr();
    assertEquals(Level.NONE, ThreadAccess.of(OFFICER_NL, t));
    assertThrows(ExchangeException.NotFound.class, () -> ThreadAccess.require(OFFICER_NL, t, Level.READ));
    t.addMember(FOCAL_NL, "Officer.NL", T0);
    assertEquals(Level.WRITE, ThreadAccess.of(OFFICER_NL, t));
    assertThrows(ExchangeException.Forbidden.class, () -> ThreadAccess.require(OFFICER_NL, t, Level.MANAGE));
    // A French officer of the same user name is another person.
    assertEquals(Level.NONE, ThreadAccess.of(Viewers.of("FR", "officer.nl", "officer"), t));
  }

  @Test
  void anObserverReadsButNeverWrites() {
    ExchangeThread t = nlWithFr();
    assertEquals(Level.READ, ThreadAccess.of(OBSERVER_NL, t));
    assertThrows(ExchangeException.Forbidden.class, () -> ThreadAccess.require(OBSERVER_NL, t, Level.WRITE));
    assertThrows(ExchangeException.Forbidden.class, () -> ExchangeMessage.write(OBSERVER_NL, t, "hello", T0));
  }

  static List<Viewer> neverContent() {
    return List.of(ADMIN_NL, ANALYST, PLATFORM_ADMIN, AUDITOR, Viewers.of("COURT", "court.admin", "court-admin"),
        Viewers.of("NL", "nobody", new String[0]));
  }

  @ParameterizedTest
  @MethodSource("neverContent")
  void administratorsAnalystsAndAuditorsGet403EvenOnTheirOwnOrganisationsThreads(Viewer v) {
    ExchangeThread t = nlWithFr();
    ExchangeException e = assertThrows(ExchangeException.Forbidden.class, () -> ThreadAccess.require(v, t, Level.READ));
    assertEquals("forbidden", e.error());
  }

  @Test
  void courtRequestersActForTheCourt() {
    ExchangeThread t = ExchangeThread.open(CLERK, ThreadKind.DISCUSSION, "s", Classification.RESTRICTED, HandlingCode.H0,
        null, null, List.of("NL"), T0);
    assertEquals("COURT", t.originatorOrg());
    assertEquals(Level.MANAGE, ThreadAccess.of(Viewers.of("COURT", "otp.investigator", "court-requester"), t));
    assertEquals(Level.NONE, ThreadAccess.of(FOCAL_FR, t));
  }

  @Test
  void onlyFocalPointsOfTheirOwnOrganisationAddMembers() {
    ExchangeThread t = nlWithFr();
    assertThrows(ExchangeException.Forbidden.class, () -> t.addMember(OBSERVER_NL, "officer.nl", T0));
    assertThrows(ExchangeException.NotFound.class, () -> t.addMember(FOCAL_SN, "officer.sn", T0));
    t.addMember(FOCAL_FR, "officer.fr", T0);
    // France's focal point added a French officer, not a Dutch one.
    assertEquals(Level.NONE, ThreadAccess.of(OFFICER_NL, t));
    assertThrows(ExchangeException.Conflict.class, () -> t.addMember(FOCAL_FR, "officer.fr", T0));
    assertThrows(ExchangeException.InvalidInput.class, () -> t.addMember(FOCAL_FR, "../x", T0));
  }

  @Test
  void onlyFocalPointsAndCourtRequestersOpenThreads() {
    for (Viewer v : List.of(OFFICER_NL, OBSERVER_NL, ADMIN_NL, PLATFORM_ADMIN)) {
      assertThrows(ExchangeException.Forbidden.class, () -> ExchangeThread.open(v, ThreadKind.DISCUSSION, "s",
          Classification.RESTRICTED, HandlingCode.H0, null, null, List.of("FR"), T0));
    }
  }
}
