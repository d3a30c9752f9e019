package icc.platform.web.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every rejection of a contribution's content names the field at fault. */
class EntryContentTest {

  private static EntryContent with(String title, String summary, Map<String, String> others,
      Set<String> jurisdictions, Set<Topic> topics, DocumentType type, Set<String> languages,
      LocalDate date, Visibility visibility) {
    return new EntryContent(title, summary, others, jurisdictions, topics, type, languages, null, date, visibility);
  }

  private static final Set<String> NL = Set.of("NL");
  private static final Set<Topic> TOPICS = Set.of(Topic.ASSET_RECOVERY);
  private static final Set<String> EN = Set.of("en");

  private static void rejects(String field, Supplier<EntryContent> content) {
    var e = assertThrows(LibraryException.InvalidInput.class, content::get);
    assertEquals(field, e.field(), e.getMessage());
  }

  @Test
  void normalisesCodes() {
    EntryContent c = with(" Title ", "Summary", Map.of("FR", "Résumé"), Set.of("nl", "icc"), TOPICS,
        DocumentType.PROCEDURE, Set.of("EN"), null, Visibility.PUBLIC);
    assertEquals("Title", c.title());
    assertEquals(Set.of("NL", "ICC"), c.jurisdictions());
    assertEquals(Set.of("en"), c.languages());
    assertEquals(Map.of("fr", "Résumé"), c.otherSummaries());
  }

  @Test
  void rejectsEachBadField() {
    DocumentType t = DocumentType.PROCEDURE;
    Visibility v = Visibility.ALL_ORGANISATIONS;
    rejects("title", () -> with(" ", "s", null, NL, TOPICS, t, EN, null, v));
    rejects("title", () -> with("x".repeat(EntryContent.TITLE_MAX + 1), "s", null, NL, TOPICS, t, EN, null, v));
    rejects("summary", () -> with("t", null, null, NL, TOPICS, t, EN, null, v));
    rejects("summary", () -> with("t", "bell\u0007", null, NL, TOPICS, t, EN, null, v));
    rejects("type", () -> with("t", "s", null, NL, TOPICS, null, EN, null, v));
    rejects("visibility", () -> with("t", "s", null, NL, TOPICS, t, EN, null, null));
    rejects("topics", () -> with("t", "s", null, NL, Set.of(), t, EN, null, v));
    rejects("jurisdictions", () -> with("t", "s", null, Set.of(), TOPICS, t, EN, null, v));
    rejects("jurisdictions", () -> with("t", "s", null, Set.of("Netherlands"), TOPICS, t, EN, null, v));
    rejects("languages", () -> with("t", "s", null, NL, TOPICS, t, Set.of(), null, v));
    rejects("languages", () -> with("t", "s", null, NL, TOPICS, t, Set.of("english"), null, v));
    rejects("otherSummaries", () -> with("t", "s", Map.of("french", "x"), NL, TOPICS, t, EN, null, v));
    rejects("documentDate", () -> with("t", "s", null, NL, TOPICS, t, EN, LocalDate.now().plusYears(1), v));
  }
}
