package icc.platform.web.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Light stemming for English and French, the boolean query, and highlighting. */
class SearchTermsTest {

  @Test
  void stemsEnglishAndFrenchWordsToSharedPrefixes() {
    assertEquals("proced", SearchTerms.stem("procedures"));
    assertEquals("proced", SearchTerms.stem("procedure"));
    assertEquals("freez", SearchTerms.stem("freezing"));
    assertEquals("freez", SearchTerms.stem("freeze"));
    assertEquals("seiz", SearchTerms.stem("seizure"));
    assertEquals("sais", SearchTerms.stem("saisies"));
    assertEquals("avoir", SearchTerms.stem("avoirs"));
    assertEquals("legisl", SearchTerms.stem("legislation"));
    assertEquals("authorit", SearchTerms.stem("authorities"));
    assertEquals("gel", SearchTerms.stem("gels"));
  }

  @Test
  void foldsAccentsDropsStopWordsAndBuildsAPrefixQuery() {
    SearchTerms terms = SearchTerms.parse("Procédures de gel des avoirs");
    assertEquals(List.of("proced", "gel", "avoir"), terms.stems());
    assertEquals("proced* gel* avoir*", terms.booleanQuery());
  }

  @Test
  void operatorsCannotBeInjected() {
    SearchTerms terms = SearchTerms.parse("+freeze -\"assets\" (seize) @3 ~x* <y>");
    assertEquals("freez* asset* seiz*", terms.booleanQuery());
  }

  @Test
  void blankAndTooLongQueries() {
    assertTrue(SearchTerms.parse("  ").isEmpty());
    assertTrue(SearchTerms.parse(null).isEmpty());
    assertTrue(SearchTerms.parse("de la le").isEmpty());
    assertThrows(LibraryException.InvalidInput.class, () -> SearchTerms.parse("x".repeat(201)));
  }

  @Test
  void highlightsMatchesWhateverTheirAccents() {
    SearchTerms terms = SearchTerms.parse("procedure gel");
    List<SearchTerms.Fragment> fragments = terms.highlight("La procédure de gel des avoirs.", 200);
    assertEquals(
        List.of(
            new SearchTerms.Fragment("La ", false),
            new SearchTerms.Fragment("procédure", true),
            new SearchTerms.Fragment(" de ", false),
            new SearchTerms.Fragment("gel", true),
            new SearchTerms.Fragment(" des avoirs.", false)),
        fragments);
    assertTrue(terms.highlight("Nothing here", 200).isEmpty());
  }
}
