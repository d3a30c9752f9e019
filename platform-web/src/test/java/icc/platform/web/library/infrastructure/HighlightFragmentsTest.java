package icc.platform.web.library.infrastructure;

import static icc.platform.web.library.infrastructure.LuceneLibrarySearch.CLOSE;
import static icc.platform.web.library.infrastructure.LuceneLibrarySearch.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import icc.platform.web.library.domain.SearchTerms.Fragment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A highlighted passage from the index becomes plain and matched fragments, nothing lost. */
class HighlightFragmentsTest {

  @Test
  void splitsAtTheMarks() {
    assertEquals(
        List.of(new Fragment("La ", false), new Fragment("procédure", true), new Fragment(" de ", false),
            new Fragment("gel", true), new Fragment(" des avoirs.", false)),
        LuceneLibrarySearch.fragments("La " + OPEN + "procédure" + CLOSE + " de " + OPEN + "gel" + CLOSE + " des avoirs."));
  }

  @Test
  void matchesAtTheEdgesAndTextWithMarkupCharacters() {
    assertEquals(
        List.of(new Fragment("<b>", true), new Fragment(" & x", false)),
        LuceneLibrarySearch.fragments(OPEN + "<b>" + CLOSE + " & x"));
    assertEquals(List.of(new Fragment("plain", false)), LuceneLibrarySearch.fragments("plain"));
    assertEquals(List.of(new Fragment("cut", true)), LuceneLibrarySearch.fragments(OPEN + "cut"));
  }

  @Test
  void aLongSentenceIsCutAroundItsFirstMatch() {
    String before = "x".repeat(500);
    String after = "y".repeat(500);
    List<Fragment> cut = LuceneLibrarySearch.around(
        LuceneLibrarySearch.fragments(before + OPEN + "gel" + CLOSE + after), 240);
    assertEquals(new Fragment("\u2026" + "x".repeat(80), false), cut.get(0));
    assertEquals(new Fragment("gel", true), cut.get(1));
    assertEquals(new Fragment("y".repeat(240 - 81 - 3) + "\u2026", false), cut.get(2));
    assertEquals(3, cut.size());
    // A short passage is kept whole.
    List<Fragment> whole = LuceneLibrarySearch.fragments("La " + OPEN + "procédure" + CLOSE + ".");
    assertEquals(whole, LuceneLibrarySearch.around(whole, 240));
  }
}
