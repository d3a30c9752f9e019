package icc.platform.web.library.infrastructure;

import static icc.platform.web.library.infrastructure.LibrarySearchMapping.JURISDICTION;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.LANGUAGE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TOPIC;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TYPE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.VISIBILITY;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.YEAR;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The facet counts against a count done by hand over generated documents, in an index written the
 * way Hibernate Search writes the library's aggregable fields (sorted set doc values for keywords,
 * sorted numeric for the year): several segments, deleted documents, a filter, and counts read
 * again after the index changed (the per-segment arrays are reused, never stale).
 */
class LibraryFacetsTest {

  record Doc(String id, boolean visible, Set<String> jurisdictions, Set<String> topics, String type,
      Set<String> languages, Integer year) {}

  private final Random random = new Random(20261123);
  private final Map<String, Doc> live = new HashMap<>();

  @Test
  void countsEqualACountByHandAcrossSegmentsDeletionsAndChanges() throws Exception {
    try (var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, new IndexWriterConfig().setMaxBufferedDocs(50))) {
      for (int i = 0; i < 400; i++) {
        add(writer, generated("e" + i)); // several segments (50 documents per flush)
      }
      for (int i = 0; i < 400; i += 7) {
        delete(writer, "e" + i);
      }
      Query visible = new TermQuery(new Term(path(VISIBILITY), "ALL_ORGANISATIONS"));
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertCounts(reader, visible);
        assertCounts(reader, new MatchAllDocsQuery());
        assertCounts(reader, visible); // second time from the segments' arrays
      }
      writer.forceMerge(1); // one segment of 343 documents: broad searches count value by value
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertCounts(reader, visible);
        assertCounts(reader, visible, ids(i -> i % 3 != 0), d -> d.visible() && number(d) % 3 != 0);
        assertCounts(reader, visible, ids(i -> i % 97 == 5), d -> d.visible() && number(d) % 97 == 5);
        assertCounts(reader, new MatchAllDocsQuery(), ids(i -> i < 3), d -> number(d) < 3);
        // A narrow filter and a common word: the word's postings are skipped through.
        assertCounts(reader, ids(i -> i % 97 == 5), visible, d -> d.visible() && number(d) % 97 == 5);
      }
      for (int i = 1; i < 400; i += 5) {
        delete(writer, "e" + i);
        add(writer, generated("e" + i)); // a changed entry: a new document in a new segment
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertCounts(reader, visible);
      }
      writer.forceMerge(1);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertCounts(reader, visible);
      }
    }
  }

  @Test
  void anIndexWithoutTheFieldsCountsNothing() throws Exception {
    try (var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Document bare = new Document();
      bare.add(new StringField("entryId", "1", Field.Store.NO));
      writer.addDocument(bare);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        LibraryFacets facets = LibraryFacets.count(searcher, EntryBits.matching(searcher, new MatchAllDocsQuery()), null);
        assertEquals(1, facets.total());
        facets.facets().values().forEach(counts -> assertEquals(Map.of(), counts));
      }
    }
  }

  private void assertCounts(DirectoryReader reader, Query filter) throws IOException {
    boolean onlyVisible = filter instanceof TermQuery;
    assertCounts(reader, filter, null, d -> !onlyVisible || d.visible());
  }

  /** Counts {@code filter} and {@code words}, which match the documents {@code matches} accepts. */
  private void assertCounts(DirectoryReader reader, Query filter, Query words, Predicate<Doc> matches)
      throws IOException {
    List<Doc> matching = live.values().stream().filter(matches).toList();
    IndexSearcher searcher = new IndexSearcher(reader);
    LibraryFacets facets = LibraryFacets.count(searcher, EntryBits.matching(searcher, filter), words);
    assertEquals(matching.size(), facets.total());
    assertEquals(byHand(matching, Doc::jurisdictions), facets.facets().get(JURISDICTION));
    assertEquals(byHand(matching, Doc::topics), facets.facets().get(TOPIC));
    assertEquals(byHand(matching, d -> Set.of(d.type())), facets.facets().get(TYPE));
    assertEquals(byHand(matching, Doc::languages), facets.facets().get(LANGUAGE));
    assertEquals(byHand(matching, d -> d.year() == null ? Set.of() : Set.of(d.year().toString())), facets.facets().get(YEAR));
    // Shown most frequent first (years: newest first).
    List<Long> counts = new ArrayList<>(facets.facets().get(JURISDICTION).values());
    for (int i = 1; i < counts.size(); i++) {
      assertEquals(true, counts.get(i - 1) >= counts.get(i), "jurisdictions most frequent first");
    }
    List<Integer> years = facets.facets().get(YEAR).keySet().stream().map(Integer::valueOf).toList();
    assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years);
  }

  /** A disjunction of the ids accepted, as the words of a search are a disjunction of terms. */
  private static Query ids(IntPredicate accepted) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    IntStream.range(0, 400).filter(accepted)
        .forEach(i -> any.add(new TermQuery(new Term("entryId", "e" + i)), BooleanClause.Occur.SHOULD));
    return any.build();
  }

  private static int number(Doc d) {
    return Integer.parseInt(d.id().substring(1));
  }

  private static Map<String, Long> byHand(List<Doc> docs, java.util.function.Function<Doc, Set<String>> values) {
    Map<String, Long> counts = new HashMap<>();
    docs.forEach(d -> values.apply(d).forEach(v -> counts.merge(v, 1L, Long::sum)));
    return counts;
  }

  private Doc generated(String id) {
    String[] states = {"NL", "FR", "SN", "AR", "JP", "DE", "KE"};
    String[] topics = {"ASSET_RECOVERY", "FINANCIAL_INVESTIGATION", "OTHER"};
    String[] types = {"LEGISLATION", "PROCEDURE", "CASE_STUDY"};
    String[] languages = {"en", "fr", "es"};
    return new Doc(id, random.nextInt(10) < 8, some(states), some(topics), types[random.nextInt(types.length)],
        some(languages), random.nextInt(10) == 0 ? null : 1998 + random.nextInt(28));
  }

  private Set<String> some(String[] values) {
    Set<String> some = new LinkedHashSet<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      some.add(values[random.nextInt(values.length)]);
    }
    return some;
  }

  private void add(IndexWriter writer, Doc d) throws Exception {
    Document doc = new Document();
    doc.add(new StringField("entryId", d.id(), Field.Store.NO));
    doc.add(new StringField(path(VISIBILITY), d.visible() ? "ALL_ORGANISATIONS" : "COURT_ONLY", Field.Store.NO));
    d.jurisdictions().forEach(v -> doc.add(new SortedSetDocValuesField(path(JURISDICTION), new BytesRef(v))));
    d.topics().forEach(v -> doc.add(new SortedSetDocValuesField(path(TOPIC), new BytesRef(v))));
    doc.add(new SortedSetDocValuesField(path(TYPE), new BytesRef(d.type())));
    d.languages().forEach(v -> doc.add(new SortedSetDocValuesField(path(LANGUAGE), new BytesRef(v))));
    if (d.year() != null) {
      doc.add(new SortedNumericDocValuesField(path(YEAR), d.year()));
    }
    writer.addDocument(doc);
    live.put(d.id(), d);
  }

  private void delete(IndexWriter writer, String id) throws Exception {
    writer.deleteDocuments(new Term("entryId", id));
    live.remove(id);
  }
}
