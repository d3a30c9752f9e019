package icc.platform.web.library.infrastructure;

import static icc.platform.web.library.infrastructure.LibrarySearchMapping.DATE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.ENTRY_ID;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.SUMMARY;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TEXT;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TITLE_SORT;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.VERSION_ID;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.path;

import icc.platform.web.library.domain.LibraryEntry;
import icc.platform.web.library.domain.LibraryRepository;
import icc.platform.web.library.domain.LibrarySearch;
import icc.platform.web.library.domain.Reader;
import icc.platform.web.library.domain.SearchQuery;
import icc.platform.web.library.domain.SearchTerms;
import icc.platform.web.library.domain.VersionListing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * Library search on the Lucene index that Hibernate Search keeps ({@link LibrarySearchMapping},
 * docs/library.md "Full-text search"). Hibernate Search maps, analyses, indexes (outbox) and
 * rebuilds; the search itself runs on Lucene directly, on one point in time of the index that
 * Hibernate Search opens for us ({@code openIndexReader}):
 *
 * <ol>
 *   <li>the Lucene queries ({@link LibraryQuery}): the reader's visibility and the facet values as
 *       a filter, the words in the content, and in the title for ranking;
 *   <li>the entries the filter lets through, as a bit set per segment;
 *   <li>the page of hits: ranked among those ({@link FilteredSearcher}), sorted, the page's version
 *       ids read from the index, then what the list shows of them from the database ({@link
 *       LibraryRepository#listings});
 *   <li>the total and the facets: the words counted among those ({@link LibraryFacets});
 *   <li>the snippets: Lucene's unified highlighter, with the words alone, over the page's hits.
 * </ol>
 *
 * All from the same reader, so an entry the reader may not see is in none of them (issue 8: "a
 * search never returns an entry the caller may not see"), and total, facets and hits agree.
 *
 * <p>Why not Hibernate Search's query DSL, which this class used first: at 100,000 entries its
 * terms aggregations took 45 % of a search and its highlighter re-ran the whole query, filters
 * included, against every hit's fields (docs/benchmarks.md, library, "Where the time goes").
 */
@ApplicationScoped
public class LuceneLibrarySearch implements LibrarySearch {

  /** Marks around a highlighted match: private-use characters, which no document contains. */
  static final String OPEN = "\uE000";
  static final String CLOSE = "\uE001";

  /** The summary's fields, in the order a snippet is looked for: English, then French analysis. */
  private static final String[] SUMMARY_FIELDS = {path(SUMMARY + "_en"), path(SUMMARY + "_fr")};

  /** Then the other summaries and the files' text (not the title: it is shown above the snippet). */
  private static final String[] TEXT_FIELDS = {path(TEXT + "_en"), path(TEXT + "_fr")};

  /** About how many characters of a passage are shown (the highlighter returns whole sentences). */
  static final int SNIPPET_LENGTH = 240;

  @PersistenceUnit(unitName = "platform")
  private EntityManagerFactory emf;

  @Inject private LibraryRepository repository;

  /** Built at the first search: the analyzers exist once Hibernate Search has started. */
  private volatile LibraryQuery queries;

  @Override
  public Result search(Reader reader, SearchQuery query) {
    LibraryQuery queries = queries();
    LibraryQuery.Parts parts = queries.of(reader, query);
    try (IndexReader index = mapping().scope(LibraryEntry.class).extension(LuceneExtension.get()).openIndexReader()) {
      IndexSearcher searcher = new IndexSearcher(index);
      // What the reader may see with the facet values chosen, once: the page is ranked among these
      // entries only, and the total and the facets count those the words match among them.
      List<FixedBitSet> filtered = EntryBits.filtered(searcher, parts.filter());
      IndexSearcher among = new FilteredSearcher(index, filtered);
      Query ranking = parts.ranking();
      int wanted = query.offset() + query.limit();
      // Counting stops at the page's end: the exact total is the facets' count, so Lucene may skip
      // entries that cannot make the page.
      TopFieldDocs top = among.search(ranking, new TopFieldCollectorManager(sort(query.sort()), wanted, null, wanted));
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), top.scoreDocs.length), top.scoreDocs.length);
      TopFieldCollector.populateScores(page, among, ranking);
      // A second, unscored pass for the total and the facets: scoring every match in one pass with
      // the facets cost twice as much as skipping, as above, then counting (measured: docs/benchmarks.md).
      LibraryFacets counts = LibraryFacets.count(searcher, filtered, parts.words());
      List<VersionListing> listed = listings(index, page);
      List<String> snippets = snippets(searcher, queries, queries.highlighted(query), page, listed);
      List<Hit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        // A version missing from the database was deleted after this point in time of the index.
        if (listed.get(i) != null) {
          String passage = snippets.get(i);
          List<SearchTerms.Fragment> snippet = passage == null ? List.of() : around(fragments(passage), SNIPPET_LENGTH);
          hits.add(new Hit(listed.get(i), Float.isNaN(page[i].score) ? 0 : page[i].score, snippet));
        }
      }
      return new Result(hits, counts.total(), counts.facets());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the library index", e);
    }
  }

  /** What the list shows of each hit, read from the database in one statement (null: not found). */
  private List<VersionListing> listings(IndexReader index, ScoreDoc[] page) throws IOException {
    List<Long> versionIds = new ArrayList<>(page.length);
    for (ScoreDoc doc : page) {
      LeafReaderContext leaf = index.leaves().get(ReaderUtil.subIndex(doc.doc, index.leaves()));
      versionIds.add(docValue(leaf, path(VERSION_ID), doc.doc));
    }
    Map<Long, VersionListing> byId = new HashMap<>();
    repository.listings(versionIds).forEach(v -> byId.put(v.versionId(), v));
    return versionIds.stream().map(byId::get).toList();
  }

  private LibraryQuery queries() {
    LibraryQuery built = queries;
    if (built == null) {
      LuceneBackend backend = mapping().backend().unwrap(LuceneBackend.class);
      built = new LibraryQuery(
          backend.analyzer(LibraryAnalysis.ENGLISH).orElseThrow(),
          backend.analyzer(LibraryAnalysis.FRENCH).orElseThrow());
      queries = built;
    }
    return built;
  }

  private SearchMapping mapping() {
    return Search.mapping(emf);
  }

  /**
   * The order of hits, on the doc values {@link LibrarySearchMapping} declares sortable (a date is
   * stored as its epoch day; entries without one come last). Ties end on the entry id, newest
   * first, so that pages never overlap.
   */
  private static Sort sort(SearchQuery.Sort sort) {
    SortedNumericSortField newest = new SortedNumericSortField(path(DATE), SortField.Type.LONG, true);
    newest.setMissingValue(Long.MIN_VALUE);
    SortedNumericSortField byEntryDesc = new SortedNumericSortField(ENTRY_ID, SortField.Type.LONG, true);
    return switch (sort) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, byEntryDesc);
      case NEWEST -> new Sort(newest, byEntryDesc);
      case TITLE -> new Sort(new SortedSetSortField(path(TITLE_SORT), false),
          new SortedNumericSortField(ENTRY_ID, SortField.Type.LONG, false));
    };
  }

  /**
   * Per hit, the best passage with its matches marked, from the first field where the words occur
   * (null where they occur in none): the summary (English, then French analysis), then the
   * files' text. Only the words are highlighted, not the filters.
   *
   * <p>The summary comes with the listing, from the database, and is analysed again (a few hundred
   * characters: microseconds). Reading it from the index would decompress the whole stored
   * document, files' texts included (megabytes for a large file). The files' text is highlighted
   * from its term vectors, field by field, and only for the hits still without a passage.
   */
  private static List<String> snippets(IndexSearcher searcher, LibraryQuery queries, Query words, ScoreDoc[] page,
      List<VersionListing> listed) throws IOException {
    String[] snippets = new String[page.length];
    if (words == null || page.length == 0) {
      return Arrays.asList(snippets);
    }
    UnifiedHighlighter summaries = highlighter(UnifiedHighlighter.builderWithoutSearcher(queries.analyzer()));
    for (int i = 0; i < page.length; i++) {
      for (int f = 0; f < SUMMARY_FIELDS.length && snippets[i] == null && listed.get(i) != null; f++) {
        snippets[i] = passage(summaries.highlightWithoutSearcher(SUMMARY_FIELDS[f], words, listed.get(i).summary(), 1));
      }
    }
    UnifiedHighlighter texts = highlighter(UnifiedHighlighter.builder(searcher, queries.analyzer()));
    for (String field : TEXT_FIELDS) {
      int[] without = IntStream.range(0, page.length).filter(i -> snippets[i] == null && listed.get(i) != null).toArray();
      if (without.length == 0) {
        break;
      }
      int[] docs = Arrays.stream(without).map(i -> page[i].doc).toArray();
      String[] passages = texts.highlightFields(new String[] {field}, words, docs, new int[] {1}).get(field);
      for (int k = 0; k < without.length; k++) {
        snippets[without[k]] = passage(passages[k]);
      }
    }
    return Arrays.asList(snippets);
  }

  private static UnifiedHighlighter highlighter(UnifiedHighlighter.Builder builder) {
    return builder
        .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, "\u2026 ", false))
        .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
        .withMaxNoHighlightPassages(0)
        .withHandleMultiTermQuery(true)
        // The words' terms, phrases and prefixes are marked wherever they occur in the field; the
        // whole query is not evaluated against the one field (see LibraryQuery#HIGHLIGHT_QUERY_FIELDS).
        .withWeightMatches(false)
        // Passages scored by the matches' positions in the text analysed again, without first
        // indexing it in memory: a third of the summaries' highlighting cost.
        .withPassageRelevancyOverSpeed(false)
        .build();
  }

  private static String passage(Object highlighted) {
    return highlighted == null || highlighted.toString().isEmpty() ? null : highlighted.toString();
  }

  private static long docValue(LeafReaderContext leaf, String field, int doc) throws IOException {
    SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), field);
    if (!values.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("A library document without " + field + ": rebuild the index");
    }
    return values.nextValue();
  }

  /** A highlighted passage, split at the marks into plain and matched fragments. */
  static List<SearchTerms.Fragment> fragments(String passage) {
    List<SearchTerms.Fragment> fragments = new ArrayList<>();
    int at = 0;
    while (at < passage.length()) {
      int open = passage.indexOf(OPEN, at);
      if (open < 0) {
        fragments.add(new SearchTerms.Fragment(passage.substring(at), false));
        break;
      }
      if (open > at) {
        fragments.add(new SearchTerms.Fragment(passage.substring(at, open), false));
      }
      int close = passage.indexOf(CLOSE, open);
      int end = close < 0 ? passage.length() : close;
      fragments.add(new SearchTerms.Fragment(passage.substring(open + 1, end), true));
      at = close < 0 ? passage.length() : close + 1;
    }
    return fragments;
  }

  /**
   * At most about {@code length} characters of a passage, starting a little before its first match:
   * a sentence of a file can be very long.
   */
  static List<SearchTerms.Fragment> around(List<SearchTerms.Fragment> fragments, int length) {
    List<SearchTerms.Fragment> cut = new ArrayList<>();
    int budget = length;
    for (int i = 0; i < fragments.size() && budget > 0; i++) {
      SearchTerms.Fragment f = fragments.get(i);
      String text = f.text();
      if (i == 0 && !f.match() && text.length() > length / 3) {
        text = "\u2026" + text.substring(text.length() - length / 3);
      }
      if (text.length() > budget) {
        text = f.match() ? text : text.substring(0, budget) + "\u2026";
      }
      cut.add(new SearchTerms.Fragment(text, f.match()));
      budget -= text.length();
    }
    if (budget <= 0 && cut.size() < fragments.size() && !cut.get(cut.size() - 1).text().endsWith("\u2026")) {
      cut.add(new SearchTerms.Fragment("\u2026", false));
    }
    return cut;
  }
}
