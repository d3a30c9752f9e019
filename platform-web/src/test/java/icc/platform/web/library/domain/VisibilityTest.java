package icc.platform.web.library.domain;

import static icc.platform.web.library.domain.LibraryFixtures.COURT_USER;
import static icc.platform.web.library.domain.LibraryFixtures.FOCAL_FR;
import static icc.platform.web.library.domain.LibraryFixtures.FOCAL_NL;
import static icc.platform.web.library.domain.LibraryFixtures.OFFICER_NL;
import static icc.platform.web.library.domain.LibraryFixtures.REVIEWER;
import static icc.platform.web.library.domain.LibraryFixtures.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who sees a published version, by its visibility. */
class VisibilityTest {

  private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");

  private static LibraryEntry published(Reader by, Visibility visibility) {
    LibraryEntry entry = LibraryEntry.contribute(by, content("Doc", visibility), T);
    entry.approve(REVIEWER, 1, null, T);
    return entry;
  }

  @Test
  void courtOnlyIsForTheCourtAndTheOwner() {
    LibraryEntry entry = published(FOCAL_NL, Visibility.COURT_ONLY);

    assertTrue(entry.visibleTo(COURT_USER));
    assertTrue(entry.visibleTo(FOCAL_NL));
    assertTrue(entry.visibleTo(OFFICER_NL), "the owner organisation's readers");
    assertFalse(entry.visibleTo(FOCAL_FR));
    assertTrue(entry.versionsFor(FOCAL_FR).isEmpty());
  }

  @Test
  void courtOnlyEntryOfTheCourtIsHiddenFromEveryState() {
    LibraryEntry entry = published(COURT_USER, Visibility.COURT_ONLY);

    assertFalse(entry.visibleTo(FOCAL_NL));
    assertFalse(entry.visibleTo(FOCAL_FR));
    assertTrue(entry.visibleTo(REVIEWER));
  }

  @Test
  void allOrganisationsAndPublicAreForEveryone() {
    for (Visibility v : new Visibility[] {Visibility.ALL_ORGANISATIONS, Visibility.PUBLIC}) {
      LibraryEntry entry = published(FOCAL_NL, v);
      assertTrue(entry.visibleTo(FOCAL_FR), v.name());
      assertTrue(entry.visibleTo(COURT_USER), v.name());
      assertEquals(1, entry.versionsFor(FOCAL_FR).size());
    }
  }
}
