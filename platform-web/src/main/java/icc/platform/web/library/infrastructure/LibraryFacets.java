package icc.platform.web.library.infrastructure;

import static icc.platform.web.library.infrastructure.LibrarySearchMapping.JURISDICTION;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.LANGUAGE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TOPIC;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TYPE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.YEAR;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The total and the five facets of a library search, counted with Lucene's facet module over the
 * doc values Hibernate Search writes for the aggregable fields ({@link LibrarySearchMapping}).
 *
 * <p>Why not Hibernate Search's terms aggregations: at 100,000 entries they were 45 % of a
 * search's time (per matching document, a hash set and a hash map per field); Lucene's counts
 * read the same doc values into arrays, once for every field, after one unscored pass over the
 * matches (docs/benchmarks.md, library, "Where the time goes").
 *
 * @param total entries matching the query
 * @param facets per facet, value to count, most frequent first (years: newest first)
 */
record LibraryFacets(long total, Map<String, Map<String, Long>> facets) {

  /** The keyword facets, in the order they are shown. */
  static final List<String> KEYWORD_FACETS = List.of(JURISDICTION, TOPIC, TYPE, LANGUAGE);

  /** Counts {@code query} in the searcher's reader (one point in time of the index). */
  static LibraryFacets count(IndexSearcher searcher, Query query) {
    IndexReader reader = searcher.getIndexReader();
    try {
      // No scores: only which entries match.
      FacetsCollector matches = searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
      long total = matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();

      Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
      for (String facet : KEYWORD_FACETS) {
        facets.put(facet, byCount(keywordCounts(reader, matches, path(facet))));
      }
      facets.put(YEAR, newestFirst(new LongValueFacetCounts(path(YEAR), matches).getAllChildrenSortByValue()));
      return new LibraryFacets(total, facets);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot count the library search's facets", e);
    }
  }

  private static FacetResult keywordCounts(IndexReader reader, FacetsCollector matches, String field)
      throws IOException {
    // A field no document has yet (an empty index) has no doc values to read.
    if (reader.leaves().stream().allMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) == null)) {
      return null;
    }
    return new StringValueFacetCounts(new StringDocValuesReaderState(reader, field), matches).getAllChildren(field);
  }

  /** Values most frequent first, then alphabetically (a stable order for equal counts). */
  private static Map<String, Long> byCount(FacetResult result) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    if (result != null) {
      java.util.Arrays.stream(result.labelValues)
          .filter(lv -> lv.value.longValue() > 0)
          .sorted(Comparator.<LabelAndValue>comparingLong(lv -> lv.value.longValue()).reversed()
              .thenComparing(lv -> lv.label))
          .forEach(lv -> sorted.put(lv.label, lv.value.longValue()));
    }
    return sorted;
  }

  private static Map<String, Long> newestFirst(FacetResult result) {
    Map<String, Long> years = new LinkedHashMap<>();
    if (result != null) {
      java.util.Arrays.stream(result.labelValues)
          .filter(lv -> lv.value.longValue() > 0)
          .sorted(Comparator.<LabelAndValue>comparingLong(lv -> Long.parseLong(lv.label)).reversed())
          .forEach(lv -> years.put(lv.label, lv.value.longValue()));
    }
    return years;
  }
}
