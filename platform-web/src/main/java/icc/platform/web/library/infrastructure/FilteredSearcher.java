package icc.platform.web.library.infrastructure;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * A searcher that sees, in each segment, only the documents of a bit set: the entries a search's
 * filter lets through (the reader's visibility and the facet values chosen, live documents only),
 * collected once by {@link EntryBits#filtered}.
 *
 * <p>Why not the filter as a clause of the ranked query: a query made of the words alone is a
 * pure disjunction, which Lucene ranks with its MaxScore bulk scorer, skipping the entries that
 * cannot make the page; any required or filter clause turns it into a conjunction that scores every
 * match of the words (two common words: 30 ms instead of a few; docs/benchmarks.md, library). The
 * documents a bulk scorer may collect are given to it here, as Lucene gives it the live documents.
 */
final class FilteredSearcher extends IndexSearcher {

  private final List<FixedBitSet> accepted;

  /** @param accepted per segment (by leaf ordinal), the documents a search may return */
  FilteredSearcher(IndexReader reader, List<FixedBitSet> accepted) {
    super(reader);
    this.accepted = accepted;
  }

  @Override
  protected void search(List<LeafReaderContext> leaves, Weight weight, Collector collector) throws IOException {
    for (LeafReaderContext leaf : leaves) {
      LeafCollector leafCollector;
      try {
        leafCollector = collector.getLeafCollector(leaf);
      } catch (CollectionTerminatedException e) {
        continue; // the collector needs nothing more from this segment
      }
      BulkScorer scorer = weight.bulkScorer(leaf);
      if (scorer != null) {
        try {
          scorer.score(leafCollector, accepted.get(leaf.ord));
        } catch (CollectionTerminatedException e) {
          // as above
        }
      }
      leafCollector.finish();
    }
  }
}
