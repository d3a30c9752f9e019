package icc.platform.web.library.domain;

import static icc.platform.web.library.domain.LibraryFixtures.COURT_USER;
import static icc.platform.web.library.domain.LibraryFixtures.FOCAL_FR;
import static icc.platform.web.library.domain.LibraryFixtures.FOCAL_NL;
import static icc.platform.web.library.domain.LibraryFixtures.OFFICER_NL;
import static icc.platform.web.library.domain.LibraryFixtures.REVIEWER;
import static icc.platform.web.library.domain.LibraryFixtures.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The moderation state machine and version history of a library entry. */
class ModerationTest {

  private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");

  @Test
  void aContributionAwaitsModerationAndIsInvisibleToOtherStates() {
    LibraryEntry entry = LibraryEntry.contribute(FOCAL_NL, content("Note", Visibility.ALL_ORGANISATIONS), T);

    assertEquals(ModerationStatus.PENDING, entry.latest().status());
    assertTrue(entry.current().isEmpty());
    assertTrue(entry.visibleTo(FOCAL_NL), "the contributor sees their pending version");
    assertTrue(entry.visibleTo(REVIEWER), "reviewers see it");
    assertFalse(entry.visibleTo(FOCAL_FR), "another State does not");
    assertFalse(entry.visibleTo(COURT_USER), "nor the Court's users");
    assertFalse(entry.visibleTo(OFFICER_NL), "nor a non-contributor of the same State");
  }

  @Test
  void approvalPublishesToEveryone() {
    LibraryEntry entry = LibraryEntry.contribute(FOCAL_NL, content("Note", Visibility.ALL_ORGANISATIONS), T);
    entry.approve(REVIEWER, 1, null, T.plusSeconds(60));

    assertEquals(1, entry.current().orElseThrow().number());
    assertTrue(entry.visibleTo(FOCAL_FR));
    assertEquals(1, entry.publishedFor(FOCAL_FR).orElseThrow().number());
  }

  @Test
  void aNewVersionStaysUnpublishedUntilApprovedAndTheOldOneStaysRetrievable() {
    LibraryEntry entry = LibraryEntry.contribute(FOCAL_NL, content("Law 2007", Visibility.ALL_ORGANISATIONS), T);
    entry.approve(REVIEWER, 1, null, T);
    entry.propose(FOCAL_NL, content("Law 2024", Visibility.ALL_ORGANISATIONS), "Amended", true, T);

    assertEquals("Law 2007", entry.publishedFor(FOCAL_FR).orElseThrow().title());
    assertEquals(List.of(1), entry.versionsFor(FOCAL_FR).stream().map(EntryVersion::number).toList());
    assertEquals(List.of(1, 2), entry.versionsFor(FOCAL_NL).stream().map(EntryVersion::number).toList());

    entry.approve(REVIEWER, 2, "ok", T);
    assertEquals("Law 2024", entry.publishedFor(FOCAL_FR).orElseThrow().title());
    assertEquals("Law 2007", entry.versionFor(FOCAL_FR, 1).title());
  }

  @Test
  void rejectionNeedsAReasonAndKeepsThePublishedVersion() {
    LibraryEntry entry = LibraryEntry.contribute(FOCAL_NL, content("v1", Visibility.ALL_ORGANISATIONS), T);
    entry.approve(REVIEWER, 1, null, T);
    entry.propose(FOCAL_NL, content("v2", Visibility.ALL_ORGANISATIONS), null, true, T);

    var noReason = assertThrows(LibraryException.InvalidInput.class, () -> entry.reject(REVIEWER, 2, " ", T));
    assertEquals("reason", noReason.field());
    assertEquals(ModerationStatus.PENDING, entry.version(2).orElseThrow().status());

    entry.reject(REVIEWER, 2, "Summary does not match the text", T);
    assertEquals(ModerationStatus.REJECTED, entry.version(2).orElseThrow().status());
    assertEquals("v1", entry.publishedFor(FOCAL_FR).orElseThrow().title());
    assertThrows(LibraryException.NotFound.class, () -> entry.versionFor(FOCAL_FR, 2));
    assertEquals("Summary does not match the text", entry.versionFor(FOCAL_NL, 2).reviewNote());
  }

  @Test
  void aDecidedVersionCannotBeDecidedAgain() {
    LibraryEntry entry = LibraryEntry.contribute(FOCAL_NL, content("v1", Visibility.ALL_ORGANISATIONS), T);
    entry.approve(REVIEWER, 1, null, T);

    assertThrows(LibraryException.Conflict.class, () -> entry.approve(REVIEWER, 1, null, T));
    assertThrows(LibraryException.Conflict.class, () -> entry.reject(REVIEWER, 1, "late", T));
  }

  @Test
  void onlyOnePendingVersionAtATime() {
    LibraryEntry entry = LibraryEntry.contribute(FOCAL_NL, content("v1", Visibility.ALL_ORGANISATIONS), T);

    assertThrows(LibraryException.Conflict.class,
        () -> entry.propose(FOCAL_NL, content("v2", Visibility.ALL_ORGANISATIONS), null, true, T));
  }

  @Test
  void onlyTheOwningOrganisationsContributorsProposeVersions() {
    LibraryEntry entry = LibraryEntry.contribute(FOCAL_NL, content("v1", Visibility.ALL_ORGANISATIONS), T);
    entry.approve(REVIEWER, 1, null, T);

    assertThrows(LibraryException.Forbidden.class,
        () -> entry.propose(FOCAL_FR, content("v2", Visibility.ALL_ORGANISATIONS), null, true, T));
    assertThrows(LibraryException.Forbidden.class,
        () -> entry.propose(OFFICER_NL, content("v2", Visibility.ALL_ORGANISATIONS), null, true, T));
  }

  @Test
  void onlyReviewersDecideAndNeverOnTheirOwnVersion() {
    LibraryEntry entry = LibraryEntry.contribute(FOCAL_NL, content("v1", Visibility.ALL_ORGANISATIONS), T);
    assertThrows(LibraryException.Forbidden.class, () -> entry.approve(FOCAL_NL, 1, null, T));
    assertThrows(LibraryException.Forbidden.class, () -> entry.approve(COURT_USER, 1, null, T));

    Reader reviewingContributor = new Reader(COURT_USER.person(), true, true, true);
    LibraryEntry own = LibraryEntry.contribute(reviewingContributor, content("mine", Visibility.ALL_ORGANISATIONS), T);
    assertThrows(LibraryException.Forbidden.class, () -> own.approve(reviewingContributor, 1, null, T));
    assertEquals(ModerationStatus.PENDING, own.latest().status());
  }

  @Test
  void readersWhoDoNotContributeCannotContribute() {
    assertThrows(LibraryException.Forbidden.class,
        () -> LibraryEntry.contribute(OFFICER_NL, content("x", Visibility.ALL_ORGANISATIONS), T));
  }

  @Test
  void filesAreCarriedForwardToANewVersionAndOnlyPendingVersionsTakeFiles() {
    LibraryEntry entry = LibraryEntry.contribute(FOCAL_NL, content("v1", Visibility.ALL_ORGANISATIONS), T);
    entry.latest().attach("note.pdf", "a".repeat(64), T);
    entry.approve(REVIEWER, 1, null, T);

    assertThrows(LibraryException.Conflict.class, () -> entry.latest().attach("late.pdf", "b".repeat(64), T));
    EntryVersion v2 = entry.propose(FOCAL_NL, content("v2", Visibility.ALL_ORGANISATIONS), null, true, T);
    assertEquals(List.of("note.pdf"), v2.attachments().stream().map(Attachment::fileName).toList());
    entry.reject(REVIEWER, 2, "no", T);
    EntryVersion v3 = entry.propose(FOCAL_NL, content("v3", Visibility.ALL_ORGANISATIONS), null, false, T);
    assertTrue(v3.attachments().isEmpty());
  }

  @Test
  void theContributorWithdrawsTheirPendingVersionAndNobodyElseDoes() {
    Reader colleague = LibraryFixtures.reader("NL", "state-nl", "focal2.nl", false, true, false);
    LibraryEntry entry = LibraryEntry.contribute(FOCAL_NL, content("Law 2007", Visibility.ALL_ORGANISATIONS), T);
    entry.approve(REVIEWER, 1, null, T);
    entry.propose(FOCAL_NL, content("Law 2024", Visibility.ALL_ORGANISATIONS), "Amended", true, T);

    assertThrows(LibraryException.Forbidden.class, () -> entry.withdraw(colleague, 2, T), "a colleague does not");
    assertThrows(LibraryException.Forbidden.class, () -> entry.withdraw(FOCAL_FR, 2, T), "another State does not");
    assertThrows(LibraryException.Forbidden.class, () -> entry.withdraw(REVIEWER, 2, T), "a reviewer rejects instead");
    assertThrows(LibraryException.Conflict.class, () -> entry.withdraw(FOCAL_NL, 1, T), "a decided version stays");

    EntryVersion withdrawn = entry.withdraw(FOCAL_NL, 2, T.plusSeconds(5));
    assertEquals(ModerationStatus.WITHDRAWN, withdrawn.status());
    assertTrue(entry.pending().isEmpty(), "no longer awaiting moderation");
    assertEquals("Law 2007", entry.publishedFor(FOCAL_FR).orElseThrow().title(), "the published version is unchanged");
    assertEquals(List.of(1, 2), entry.versionsFor(FOCAL_NL).stream().map(EntryVersion::number).toList(), "kept in the history");
    assertEquals(List.of(1), entry.versionsFor(FOCAL_FR).stream().map(EntryVersion::number).toList());
    assertThrows(LibraryException.Conflict.class, () -> entry.approve(REVIEWER, 2, null, T), "never decided afterwards");
    assertThrows(LibraryException.Conflict.class, () -> entry.withdraw(FOCAL_NL, 2, T), "once");
    assertEquals(3, entry.propose(colleague, content("Law 2025", Visibility.ALL_ORGANISATIONS), null, true, T).number(),
        "the entry takes a new version");
  }

  @Test
  void anAnonymousReaderSeesPublishedPublicVersionsOnly() {
    Reader anonymous = Reader.anonymous();
    LibraryEntry pub = LibraryEntry.contribute(FOCAL_NL, content("Public note", Visibility.PUBLIC), T);
    assertFalse(pub.visibleTo(anonymous), "not before approval");
    pub.approve(REVIEWER, 1, null, T);
    assertTrue(pub.visibleTo(anonymous));
    pub.propose(FOCAL_NL, content("Public note v2", Visibility.PUBLIC), null, true, T);
    assertEquals(List.of(1), pub.versionsFor(anonymous).stream().map(EntryVersion::number).toList(), "no draft");

    for (Visibility v : List.of(Visibility.ALL_ORGANISATIONS, Visibility.COURT_ONLY)) {
      LibraryEntry other = LibraryEntry.contribute(FOCAL_NL, content("Note", v), T);
      other.approve(REVIEWER, 1, null, T);
      assertFalse(other.visibleTo(anonymous), v.name());
      assertThrows(LibraryException.NotFound.class, () -> other.versionFor(anonymous, 1), v.name());
    }
    assertFalse(anonymous.mayEdit(""), "owns nothing");
    assertFalse(anonymous.maySeeUnpublished(""));
  }
}
