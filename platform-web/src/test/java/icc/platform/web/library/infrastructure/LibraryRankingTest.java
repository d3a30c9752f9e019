package icc.platform.web.library.infrastructure;

import static icc.platform.web.library.infrastructure.LibrarySearchMapping.CONTENT;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.DATE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.ENTRY_ID;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.JURISDICTION;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.OWNER;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TITLE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.VISIBILITY;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.library.domain.Person;
import icc.platform.web.library.domain.Reader;
import icc.platform.web.library.domain.SearchQuery;
import icc.platform.web.library.domain.SearchTerms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The search's ranking (the words flattened into one disjunction, ranked among the filter's bit
 * sets by {@link FilteredSearcher}) against the plain form of the same search: one boolean query
 * with the filter, the words required and the title optional. Same entries, same scores, same
 * total, for words with and without operators, phrases and prefixes, for a State, the Court and
 * an anonymous reader, over several segments with deleted documents.
 */
class LibraryRankingTest {

  private static final String[] WORDS = {
    "asset", "assets", "freezing", "frozen", "seizure", "saisie", "saisies", "gel", "avoirs", "tribunal",
    "witness", "témoins", "procedure", "procédures", "bank", "account", "comptes", "confiscation", "order", "court"
  };
  private static final String[] OWNERS = {"SN", "FR", "NL", "COURT"};
  private static final String[] VISIBILITIES = {"ALL_ORGANISATIONS", "COURT_ONLY", "PUBLIC"};

  private final Random random = new Random(20261123);

  @Test
  void theFlattenedRankingFindsAndScoresWhatThePlainQueryDoes() throws Exception {
    EnglishAnalyzer english = new EnglishAnalyzer();
    FrenchAnalyzer french = new FrenchAnalyzer();
    LibraryQuery queries = new LibraryQuery(english, french);
    PerFieldAnalyzerWrapper analyzer = new PerFieldAnalyzerWrapper(english, Map.of(
        path(TITLE + "_fr"), french, path(CONTENT + "_fr"), french));
    try (var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setMaxBufferedDocs(120))) {
      for (int i = 0; i < 600; i++) {
        writer.addDocument(document(i));
      }
      for (int i = 0; i < 600; i += 11) {
        writer.deleteDocuments(new Term(ENTRY_ID + "_key", "e" + i));
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        Reader state = new Reader(new Person("SN", "state-sn", "s", "focal.sn"), false, true, false);
        Reader court = new Reader(new Person("COURT", "court", "c", "court.analyst"), true, false, false);
        for (String words : List.of("asset", "freezing procedure", "saisies des avoirs", "+bank -account",
            "\"asset freezing\"", "confisc*", "témoins tribunal order", "de la")) {
          for (Reader who : List.of(state, court, Reader.anonymous())) {
            assertSameRanking(reader, queries, who, query(words, null), words);
            assertSameRanking(reader, queries, who, query(words, "FR"), words + " in FR");
          }
        }
      }
    }
  }

  private void assertSameRanking(DirectoryReader index, LibraryQuery queries, Reader who, SearchQuery query,
      String label) throws Exception {
    LibraryQuery.Parts parts = queries.of(who, query);
    IndexSearcher plain = new IndexSearcher(index);
    BooleanQuery.Builder reference = new BooleanQuery.Builder().add(parts.filter(), Occur.FILTER)
        .add(parts.words() == null ? new MatchAllDocsQuery() : parts.words(), Occur.MUST);
    if (parts.titleWords() != null) {
      reference.add(parts.titleWords(), Occur.SHOULD);
    }
    Map<Integer, Float> expected = scores(plain, reference.build(), index.maxDoc());

    List<org.apache.lucene.util.FixedBitSet> filtered = EntryBits.filtered(plain, parts.filter());
    Map<Integer, Float> actual = scores(new FilteredSearcher(index, filtered), parts.ranking(), index.maxDoc());

    String context = label + " for " + who.organisationCode();
    assertEquals(expected.keySet(), actual.keySet(), context + ": the same entries");
    expected.forEach((doc, score) ->
        assertEquals(score, actual.get(doc), 1e-4f * Math.max(1f, score), context + ": the score of " + doc));
    assertEquals(expected.size(), LibraryFacets.count(plain, filtered, parts.words()).total(), context + ": the total");
    // A page of 10, where Lucene skips what cannot make it: the same scores, best first.
    float[] page = topScores(plain, reference.build(), 10);
    float[] skipping = topScores(new FilteredSearcher(index, filtered), parts.ranking(), 10);
    assertEquals(page.length, skipping.length, context + ": a page as long");
    for (int i = 0; i < page.length; i++) {
      assertEquals(page[i], skipping[i], 1e-4f * Math.max(1f, page[i]), context + ": score " + i + " of the page");
    }
    if (!label.startsWith("de la")) {
      assertTrue(expected.size() > 0, context + ": some entries match (a test that cannot fail proves nothing)");
    }
  }

  /** Every match with its score, through the collector the search uses (skipping allowed). */
  private static Map<Integer, Float> scores(IndexSearcher searcher, Query query, int all) throws Exception {
    Sort sort = new Sort(SortField.FIELD_SCORE, new SortedNumericSortField(ENTRY_ID, SortField.Type.LONG, true));
    TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort, all, null, all));
    ScoreDoc[] hits = top.scoreDocs;
    TopFieldCollector.populateScores(hits, searcher, query);
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc hit : hits) {
      scores.put(hit.doc, hit.score);
    }
    return scores;
  }

  private static float[] topScores(IndexSearcher searcher, Query query, int n) throws Exception {
    Sort sort = new Sort(SortField.FIELD_SCORE, new SortedNumericSortField(ENTRY_ID, SortField.Type.LONG, true));
    ScoreDoc[] hits = searcher.search(query, new TopFieldCollectorManager(sort, n, null, n)).scoreDocs;
    TopFieldCollector.populateScores(hits, searcher, query);
    float[] scores = new float[hits.length];
    for (int i = 0; i < hits.length; i++) {
      scores[i] = hits[i].score;
    }
    return scores;
  }

  private static SearchQuery query(String words, String jurisdiction) {
    return new SearchQuery(SearchTerms.parse(words), jurisdiction, null, null, null, null, null, 0, 20);
  }

  /** An entry as the mapping indexes it: the content holds the title, summary and text. */
  private Document document(int i) {
    String title = text(2 + random.nextInt(5));
    String content = title + "\n" + text(10 + random.nextInt(30));
    Document doc = new Document();
    doc.add(new StringField(ENTRY_ID + "_key", "e" + i, Field.Store.NO));
    doc.add(new SortedNumericDocValuesField(ENTRY_ID, i));
    doc.add(new SortedNumericDocValuesField(path(DATE), 10_000 + random.nextInt(5_000)));
    String owner = OWNERS[random.nextInt(OWNERS.length)];
    doc.add(new StringField(OWNER, owner, Field.Store.NO));
    doc.add(new StringField(path(VISIBILITY), VISIBILITIES[random.nextInt(VISIBILITIES.length)], Field.Store.NO));
    String jurisdiction = random.nextBoolean() ? "FR" : "SN";
    doc.add(new StringField(path(JURISDICTION), jurisdiction, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(path(JURISDICTION), new BytesRef(jurisdiction)));
    for (String language : new String[] {"_en", "_fr"}) {
      doc.add(new TextField(path(TITLE + language), title, Field.Store.NO));
      doc.add(new TextField(path(CONTENT + language), content, Field.Store.NO));
    }
    return doc;
  }

  private String text(int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      text.append(w > 0 ? " " : "").append(WORDS[(int) Math.floor(Math.pow(WORDS.length, random.nextDouble())) - 1]);
    }
    return text.toString();
  }
}
