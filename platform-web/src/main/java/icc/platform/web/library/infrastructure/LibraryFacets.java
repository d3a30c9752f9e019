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
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The total and the five facets of a library search: the matches collected unscored as bit sets
 * (the filter and the words apart, then intersected), then each facet counted from the doc values
 * Hibernate Search writes for the aggregable fields ({@link LibrarySearchMapping}), kept in heap
 * arrays per segment ({@link SegmentFacetValues}).
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

  /**
   * Counts the entries of {@code filtered} (per segment, what the filter lets through, as
   * {@link EntryBits} collects it; not changed) that {@code words} match (null: no words).
   */
  static LibraryFacets count(IndexSearcher searcher, List<FixedBitSet> filtered, Query words) {
    try {
      List<FixedBitSet> matching = filtered;
      if (words != null) {
        List<FixedBitSet> withWords = wordMatches(searcher, words, filtered);
        matching = new ArrayList<>(filtered.size());
        for (int leaf = 0; leaf < filtered.size(); leaf++) {
          FixedBitSet both = filtered.get(leaf).clone();
          both.and(withWords.get(leaf));
          matching.add(both);
        }
      }
      long total = 0;
      List<Map<String, Long>> counts = new ArrayList<>();
      for (int f = 0; f <= KEYWORD_FACETS.size(); f++) {
        counts.add(new HashMap<>());
      }
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        FixedBitSet bits = matching.get(leaf.ord);
        int matches = bits.cardinality();
        if (matches == 0) {
          continue;
        }
        total += matches;
        LeafReader reader = leaf.reader();
        SegmentFacetValues[] fields = new SegmentFacetValues[KEYWORD_FACETS.size() + 1];
        for (int f = 0; f < KEYWORD_FACETS.size(); f++) {
          fields[f] = SegmentFacetValues.keywords(reader, path(KEYWORD_FACETS.get(f)));
        }
        fields[KEYWORD_FACETS.size()] = SegmentFacetValues.numbers(reader, path(YEAR));
        SegmentFacetValues.count(bits, matches, fields, counts);
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

  /**
   * The documents the words match, per segment, deleted ones included (the filter's bits, which
   * hold live documents only, remove them). Words made of terms only, in a disjunction (the usual
   * search), are the union of the terms' postings, read straight into the bit sets; anything else
   * (phrases, prefixes, operators) is collected by {@link EntryBits#matching}.
   */
  private static List<FixedBitSet> wordMatches(IndexSearcher searcher, Query words, List<FixedBitSet> filtered)
      throws IOException {
    List<Term> terms = LibraryQuery.termsOfDisjunction(words);
    if (terms == null) {
      return EntryBits.matching(searcher, words);
    }
    List<FixedBitSet> perLeaf = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FixedBitSet among = filtered.get(leaf.ord);
      int candidates = among.cardinality();
      FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
      for (Term term : terms) {
        Terms field = candidates == 0 ? null : leaf.reader().terms(term.field());
        TermsEnum found = field == null ? null : field.iterator();
        if (found == null || !found.seekExact(term.bytes())) {
          continue;
        }
        PostingsEnum postings = found.postings(null, PostingsEnum.NONE);
        if (found.docFreq() < SKIP_TO_FILTER * (long) candidates) {
          bits.or(postings); // every posting, in blocks
        } else {
          // A narrow filter (a State's entries of one year) and a common word: jump from one
          // filtered entry to the next in the postings rather than read them all.
          BitSetIterator filteredDocs = new BitSetIterator(among, candidates);
          for (int doc = filteredDocs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = filteredDocs.nextDoc()) {
            int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
            if (at == DocIdSetIterator.NO_MORE_DOCS) {
              break;
            }
            if (at == doc) {
              bits.set(doc);
            }
          }
        }
      }
      perLeaf.add(bits);
    }
    return perLeaf;
  }

  /** Postings longer than this many times the filtered entries are skipped through, not read. */
  static final int SKIP_TO_FILTER = 8;

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
