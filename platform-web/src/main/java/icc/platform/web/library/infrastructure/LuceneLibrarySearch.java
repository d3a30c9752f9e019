package icc.platform.web.library.infrastructure;

import static icc.platform.web.library.infrastructure.LibrarySearchMapping.DATE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.ENTRY_ID;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.SUMMARY;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TEXT;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TITLE_SORT;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.VERSION_ID;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.path;

import icc.platform.web.library.domain.LibraryEntry;
import icc.platform.web.library.domain.LibrarySearch;
import icc.platform.web.library.domain.Reader;
import icc.platform.web.library.domain.SearchQuery;
import icc.platform.web.library.domain.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 *   <li>one Lucene query ({@link LibraryQuery}) carries the reader's visibility as a filter
 *       clause, the filters and the words;
 *   <li>the page of hits: ranked, sorted, the page's entry and version ids read from the index (no
 *       entity is loaded here);
 *   <li>the total and the facets: the same query counted ({@link LibraryFacets});
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

  /**
   * Passages to highlight, in the order a snippet is chosen: the summary, then the other summaries
   * and the files. Not the title: it is shown above the snippet anyway (and without a match in
   * these, the snippet is the beginning of the summary).
   */
  private static final String[] SNIPPET_FIELDS =
      Arrays.stream(new String[] {SUMMARY + "_en", SUMMARY + "_fr", TEXT + "_en", TEXT + "_fr"})
          .map(LibrarySearchMapping::path).toArray(String[]::new);

  /** About how many characters of a passage are shown (the highlighter returns whole sentences). */
  static final int SNIPPET_LENGTH = 240;

  @PersistenceUnit(unitName = "platform")
  private EntityManagerFactory emf;

  /** Built at the first search: the analyzers exist once Hibernate Search has started. */
  private volatile LibraryQuery queries;

  @Override
  public Result search(Reader reader, SearchQuery query) {
    LibraryQuery queries = queries();
    Query lucene = queries.of(reader, query);
    try (IndexReader index = mapping().scope(LibraryEntry.class).extension(LuceneExtension.get()).openIndexReader()) {
      IndexSearcher searcher = new IndexSearcher(index);
      int wanted = query.offset() + query.limit();
      // Counting stops at the page's end: the exact total is the facets' count, so Lucene may skip
      // entries that cannot make the page.
      TopFieldDocs top = searcher.search(lucene, new TopFieldCollectorManager(sort(query.sort()), wanted, null, wanted));
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), top.scoreDocs.length), top.scoreDocs.length);
      TopFieldCollector.populateScores(page, searcher, lucene);
      // A second, unscored pass for the total and the facets: scoring every match in one pass with
      // the facets cost twice as much as skipping, as above, then counting (measured: docs/benchmarks.md).
      LibraryFacets counts = LibraryFacets.count(searcher, lucene);
      String[] snippets = snippets(searcher, queries, queries.highlighted(query), page);
      List<Hit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        hits.add(hit(index, page[i], snippets[i]));
      }
      return new Result(hits, counts.total(), counts.facets());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the library index", e);
    }
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
   * Per hit, the best passage with its matches marked, from the first snippet field where the words
   * occur (null where they occur in none). Field by field, only for the hits still without one: the
   * English summary usually has it, and each field costs the highlighter per hit (its stored text,
   * term vectors and the query's weight: half of a search's time when all four fields were
   * highlighted for every hit). Only the words are highlighted, not the filters.
   */
  private static String[] snippets(IndexSearcher searcher, LibraryQuery queries, Query words, ScoreDoc[] page)
      throws IOException {
    String[] snippets = new String[page.length];
    if (words == null || page.length == 0) {
      return snippets;
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, queries.analyzer())
        .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, "\u2026 ", false))
        .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
        .withMaxNoHighlightPassages(0)
        .withHandleMultiTermQuery(true)
        .build();
    for (String field : SNIPPET_FIELDS) {
      int[] without = IntStream.range(0, page.length).filter(i -> snippets[i] == null).toArray();
      if (without.length == 0) {
        break;
      }
      int[] docs = Arrays.stream(without).map(i -> page[i].doc).toArray();
      String[] passages = highlighter.highlightFields(new String[] {field}, words, docs, new int[] {1}).get(field);
      for (int k = 0; k < without.length; k++) {
        String passage = passages[k];
        snippets[without[k]] = passage == null || passage.isEmpty() ? null : passage;
      }
    }
    return snippets;
  }

  /** A hit: its entry and published version ids (doc values), score and snippet. */
  private static Hit hit(IndexReader index, ScoreDoc doc, String passage) throws IOException {
    LeafReaderContext leaf = index.leaves().get(ReaderUtil.subIndex(doc.doc, index.leaves()));
    long entryId = docValue(leaf, ENTRY_ID, doc.doc);
    long versionId = docValue(leaf, path(VERSION_ID), doc.doc);
    List<SearchTerms.Fragment> snippet = passage == null ? List.of() : around(fragments(passage), SNIPPET_LENGTH);
    return new Hit(entryId, versionId, Float.isNaN(doc.score) ? 0 : doc.score, snippet);
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
