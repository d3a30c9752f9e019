package icc.platform.web.library.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * The entries a query matches, as a bit set per index segment (by leaf ordinal), live documents
 * only: the search's filter, which the page is ranked among ({@link FilteredSearcher}) and the
 * facets are counted among ({@link LibraryFacets}), and the words when they are not a plain
 * disjunction of terms.
 */
final class EntryBits {

  private EntryBits() {}

  /**
   * The live documents matching {@code query}, per segment (by leaf ordinal), without scores.
   * Filter and words are collected apart, then intersected: alone, a disjunction of words is
   * collected by Lucene's bulk scorer (windows of documents, term by term), while inside a
   * conjunction with the filter it moves term by term through a heap, document by document, which
   * cost twice as much for a word found in most of the library (docs/benchmarks.md, library).
   */
  static List<FixedBitSet> matching(IndexSearcher searcher, Query query) throws IOException {
    List<FixedBitSet> perLeaf = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      perLeaf.add(new FixedBitSet(leaf.reader().maxDoc()));
    }
    searcher.search(new ConstantScoreQuery(query), new CollectorManager<Collector, Void>() {
      @Override
      public Collector newCollector() {
        return new BitsCollector(perLeaf);
      }

      @Override
      public Void reduce(Collection<Collector> collectors) {
        return null;
      }
    });
    return perLeaf;
  }

  /**
   * What {@code filter} lets through, per segment, as {@link #matching}, kept for the segments'
   * lifetime: a filter is the reader's visibility and the facet values chosen, the same for all the
   * searches of a State's users (the words vary). Collecting it again cost a tenth of a search
   * (copying the bits of Lucene's own query cache one document at a time). The bit sets returned
   * are shared: never change them.
   */
  static List<FixedBitSet> filtered(IndexSearcher searcher, Query filter) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<FixedBitSet> perLeaf = new ArrayList<>(leaves.size());
    for (LeafReaderContext leaf : leaves) {
      FilterCache cache = FilterCache.of(leaf.reader());
      FixedBitSet bits = cache == null ? null : cache.get(filter);
      if (bits == null) {
        bits = matching(new IndexSearcher(leaf.reader()), filter).get(0);
        if (cache != null) {
          cache.put(filter, bits);
        }
      }
      perLeaf.add(bits);
    }
    return perLeaf;
  }

  /**
   * The filters' bit sets of one segment as it is (its live documents included: the key changes
   * when documents are deleted), the most recently used first, dropped with the segment.
   */
  private static final class FilterCache {
    /** Filters kept per segment: 12.5 KB each at 100,000 entries. */
    static final int SIZE = 256;
    private static final Map<Object, FilterCache> SEGMENTS = new ConcurrentHashMap<>();

    private final Map<Query, FixedBitSet> bits = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Query, FixedBitSet> eldest) {
        return size() > SIZE;
      }
    };

    static FilterCache of(LeafReader segment) {
      IndexReader.CacheHelper helper = segment.getReaderCacheHelper();
      if (helper == null) {
        return null;
      }
      return SEGMENTS.computeIfAbsent(helper.getKey(), key -> {
        helper.addClosedListener(SEGMENTS::remove);
        return new FilterCache();
      });
    }

    synchronized FixedBitSet get(Query filter) {
      return bits.get(filter);
    }

    synchronized void put(Query filter, FixedBitSet set) {
      bits.put(filter, set);
    }
  }

  /** Sets the bit of each collected document in its segment's bit set. */
  private static final class BitsCollector extends SimpleCollector {
    private final List<FixedBitSet> perLeaf;
    private FixedBitSet bits;

    BitsCollector(List<FixedBitSet> perLeaf) {
      this.perLeaf = perLeaf;
    }


    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      bits = perLeaf.get(context.ord);
    }

    @Override
    public void collect(int doc) {
      bits.set(doc);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
