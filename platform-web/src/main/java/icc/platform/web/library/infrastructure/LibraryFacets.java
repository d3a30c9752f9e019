package icc.platform.web.library.infrastructure;

import static icc.platform.web.library.infrastructure.LibrarySearchMapping.JURISDICTION;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.LANGUAGE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TOPIC;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TYPE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.YEAR;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The total and the five facets of a library search: one unscored pass over the matches (Lucene's
 * facets collector), then each facet counted from the doc values Hibernate Search writes for the
 * aggregable fields ({@link LibrarySearchMapping}), kept in heap arrays per segment
 * ({@link SegmentFacetValues}).
 *
 * <p>Why not Hibernate Search's terms aggregations: at 100,000 entries they were 45 % of a
 * search's time (per matching document, a hash set and a hash map per field). Lucene's
 * {@code StringValueFacetCounts} halved that but still decoded the doc values of every match per
 * field (docs/benchmarks.md, library, "Where the time goes").
 *
 * @param total entries matching the query
 * @param facets per facet, value to count, most frequent first (years: newest first)
 */
record LibraryFacets(long total, Map<String, Map<String, Long>> facets) {

  /** The keyword facets, in the order they are shown. */
  static final List<String> KEYWORD_FACETS = List.of(JURISDICTION, TOPIC, TYPE, LANGUAGE);

  /** Counts {@code query} in the searcher's reader (one point in time of the index). */
  static LibraryFacets count(IndexSearcher searcher, Query query) {
    try {
      // No scores: only which entries match.
      FacetsCollector matches = searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
      long total = 0;
      List<Map<String, Long>> counts = new ArrayList<>();
      for (int f = 0; f <= KEYWORD_FACETS.size(); f++) {
        counts.add(new HashMap<>());
      }
      for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
        total += segment.totalHits;
        LeafReader reader = segment.context.reader();
        SegmentFacetValues[] fields = new SegmentFacetValues[KEYWORD_FACETS.size() + 1];
        for (int f = 0; f < KEYWORD_FACETS.size(); f++) {
          fields[f] = SegmentFacetValues.keywords(reader, path(KEYWORD_FACETS.get(f)));
        }
        fields[KEYWORD_FACETS.size()] = SegmentFacetValues.numbers(reader, path(YEAR));
        SegmentFacetValues.count(segment.bits.iterator(), fields, counts);
      }
      Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
      for (int f = 0; f < KEYWORD_FACETS.size(); f++) {
        facets.put(KEYWORD_FACETS.get(f), byCount(counts.get(f)));
      }
      facets.put(YEAR, newestFirst(counts.get(KEYWORD_FACETS.size())));
      return new LibraryFacets(total, facets);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot count the library search's facets", e);
    }
  }

  /** Values most frequent first, then alphabetically (a stable order for equal counts). */
  private static Map<String, Long> byCount(Map<String, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static Map<String, Long> newestFirst(Map<String, Long> counts) {
    Map<String, Long> years = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> Long.parseLong(e.getKey())).reversed())
        .forEach(e -> years.put(e.getKey(), e.getValue()));
    return years;
  }
}
