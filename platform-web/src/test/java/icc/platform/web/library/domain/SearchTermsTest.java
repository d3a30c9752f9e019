package icc.platform.web.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a search box gives the search engine, and what the results page shows back. */
class SearchTermsTest {

  @Test
  void keepsTheTextAndListsTheFoldedWords() {
    SearchTerms terms = SearchTerms.parse("  Procédures de GEL, gel des avoirs ");
    assertEquals("Procédures de GEL, gel des avoirs", terms.text());
    assertEquals(List.of("procedures", "de", "gel", "des", "avoirs"), terms.words());
  }

  @Test
  void operatorsStayInTheTextForTheEngineButAreNotWords() {
    SearchTerms terms = SearchTerms.parse("+freeze -\"assets\" seiz*");
    assertEquals("+freeze -\"assets\" seiz*", terms.text());
    assertEquals(List.of("freeze", "assets", "seiz"), terms.words());
  }

  @Test
  void blankAndTooLongQueries() {
    assertTrue(SearchTerms.parse("  ").isEmpty());
    assertTrue(SearchTerms.parse(null).isEmpty());
    assertTrue(SearchTerms.parse("+-*\"()").isEmpty());
    assertThrows(LibraryException.InvalidInput.class, () -> SearchTerms.parse("x".repeat(201)));
  }
}
