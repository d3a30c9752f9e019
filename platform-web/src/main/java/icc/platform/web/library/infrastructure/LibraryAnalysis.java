package icc.platform.web.library.infrastructure;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the library's text is cut into searchable terms (issue 8: "language-aware analysis at least
 * for English and French"). Every text is indexed twice, once per language, because a query's
 * language is not known and an entry often mixes both (a French summary beside an English title):
 *
 * <ul>
 *   <li>{@value #ENGLISH}: possessives dropped, English stop words, Porter stemming ("freezing"
 *       and "freezes" meet at "freez", "procedures" and "procedure" at "procedur");
 *   <li>{@value #FRENCH}: elided articles dropped ("l'entraide" is "entraide"), French stop words,
 *       the Snowball French stemmer ("gelé", "geler" and "gel" meet at "gel"; "saisies" and
 *       "saisir" at "sais"; Lucene's light French stemmer left "gelé" apart from "gel");
 * </ul>
 *
 * and both fold accents last, so that a word typed without accents ("procedure", "gele") finds
 * the accented one ("procédure", "gelé"). {@value #SORT} turns a title into a sort key.
 */
public class LibraryAnalysis implements LuceneAnalysisConfigurer {

  public static final String ENGLISH = "library_english";
  public static final String FRENCH = "library_french";
  public static final String SORT = "library_sort";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer(ENGLISH).custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(EnglishPossessiveFilterFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(StopFilterFactory.class) // Lucene's English stop words by default
        .tokenFilter(PorterStemFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
    context.analyzer(FRENCH).custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(ElisionFilterFactory.class) // l', d', qu'... (Lucene's French articles by default)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(StopFilterFactory.class)
            .param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
            .param("format", "snowball")
        .tokenFilter(SnowballPorterFilterFactory.class).param("language", "French")
        .tokenFilter(ASCIIFoldingFilterFactory.class);
    context.normalizer(SORT).custom()
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
  }
}
