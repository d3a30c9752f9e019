package icc.platform.web.library.infrastructure;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * One facet field of one index segment, in heap arrays: each document's values as small ordinals,
 * and the values themselves. Built once per segment (segments never change: a changed entry is a
 * new document in a new segment, the old one deleted) and dropped when Lucene closes the segment.
 *
 * <p>Why: counting facets from the doc values on disk decodes each matching document's address
 * and ordinals per field; at 100,000 entries that was half of a search's time even through
 * Lucene's own {@code StringValueFacetCounts} (docs/benchmarks.md, library). From these arrays a
 * count is a few array reads per document. Cost: about 4 bytes per document and value per field
 * (some 5 MB for the five facets of 100,000 entries).
 */
final class SegmentFacetValues {

  private static final Map<Object, Map<String, SegmentFacetValues>> CACHE = new ConcurrentHashMap<>();

  /** Where the values of document {@code d} start in {@link #ordinals}; {@code starts[d + 1]} ends them. */
  private final int[] starts;
  private final int[] ordinals;
  private final String[] labels;
  /**
   * The same values the other way round, per ordinal: the documents holding it, as a bit set when
   * it is frequent (at least one document in {@value #DENSE_VALUE} of the segment) or as a sorted
   * list when it is rare. Counting a broad search value by value (a bit count of two bit sets) is
   * cheaper than walking its tens of thousands of matches document by document.
   */
  private final Object[] documents;
  /** What counting value by value costs: the bit sets' words and the lists' lengths, summed. */
  private final long valueByValueCost;

  static final int DENSE_VALUE = 32;

  /** What a read at a random place costs, against a word of a bit set read in order. */
  static final int RANDOM_READ = 16;

  private SegmentFacetValues(int[] starts, int[] ordinals, String[] labels) {
    this.starts = starts;
    this.ordinals = ordinals;
    this.labels = labels;
    int maxDoc = starts.length - 1;
    int[] perValue = new int[labels.length];
    for (int ordinal : ordinals) {
      perValue[ordinal]++;
    }
    this.documents = new Object[labels.length];
    long cost = 0;
    for (int ord = 0; ord < labels.length; ord++) {
      boolean dense = (long) perValue[ord] * DENSE_VALUE >= maxDoc;
      documents[ord] = dense ? new FixedBitSet(Math.max(1, maxDoc)) : new int[perValue[ord]];
      cost += dense ? FixedBitSet.bits2words(Math.max(1, maxDoc)) : perValue[ord];
    }
    this.valueByValueCost = cost;
    int[] filled = new int[labels.length];
    for (int doc = 0; doc < maxDoc; doc++) {
      for (int i = starts[doc]; i < starts[doc + 1]; i++) {
        int ord = ordinals[i];
        if (documents[ord] instanceof FixedBitSet bits) {
          bits.set(doc);
        } else {
          ((int[]) documents[ord])[filled[ord]++] = doc;
        }
      }
    }
  }

  /** The values of a keyword field (sorted set doc values) of a segment. */
  static SegmentFacetValues keywords(LeafReader segment, String field) throws IOException {
    return cached(segment, field, () -> readKeywords(segment, field));
  }

  /** The values of a numeric field (sorted numeric doc values) of a segment, as their decimal text. */
  static SegmentFacetValues numbers(LeafReader segment, String field) throws IOException {
    return cached(segment, field, () -> readNumbers(segment, field));
  }

  /**
   * Counts the values of several fields of the same segment among the {@code matches} documents
   * of {@code matching}; adds them to {@code counts} (per field, by label). The cheaper of two ways:
   * a walk over the matching documents reading their values (a narrow search), or value by value,
   * how many of its documents match (a broad one: for a word found in most of the library, about
   * a hundred bit counts instead of reading the values of 90,000 documents).
   */
  static void count(FixedBitSet matching, int matches, SegmentFacetValues[] fields, List<Map<String, Long>> counts) {
    long walkCost = 0;
    long valueCost = 0;
    for (SegmentFacetValues field : fields) {
      // Per matching document: its values' reads (their average number) and the walk itself, each
      // a read at a random place of arrays larger than the processor's caches, where counting
      // value by value reads bit sets in order: measured about 16 times as slow per read.
      walkCost += RANDOM_READ * (matches + (long) matches * field.ordinals.length / Math.max(1, field.starts.length - 1));
      valueCost += field.valueByValueCost;
    }
    int[][] perOrdinal = valueCost < walkCost ? valueByValue(matching, fields) : walk(matching, fields);
    for (int f = 0; f < fields.length; f++) {
      for (int ord = 0; ord < perOrdinal[f].length; ord++) {
        if (perOrdinal[f][ord] > 0) {
          counts.get(f).merge(fields[f].labels[ord], (long) perOrdinal[f][ord], Long::sum);
        }
      }
    }
  }

  private static int[][] walk(FixedBitSet matching, SegmentFacetValues[] fields) {
    int[][] perOrdinal = new int[fields.length][];
    for (int f = 0; f < fields.length; f++) {
      perOrdinal[f] = new int[fields[f].labels.length];
    }
    BitSetIterator docs = new BitSetIterator(matching, 0);
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      for (int f = 0; f < fields.length; f++) {
        SegmentFacetValues field = fields[f];
        int[] counted = perOrdinal[f];
        for (int i = field.starts[doc], end = field.starts[doc + 1]; i < end; i++) {
          counted[field.ordinals[i]]++;
        }
      }
    }
    return perOrdinal;
  }

  private static int[][] valueByValue(FixedBitSet matching, SegmentFacetValues[] fields) {
    int[][] perOrdinal = new int[fields.length][];
    for (int f = 0; f < fields.length; f++) {
      Object[] documents = fields[f].documents;
      int[] counted = new int[documents.length];
      for (int ord = 0; ord < documents.length; ord++) {
        if (documents[ord] instanceof FixedBitSet bits) {
          counted[ord] = (int) FixedBitSet.intersectionCount(matching, bits);
        } else {
          for (int doc : (int[]) documents[ord]) {
            if (matching.get(doc)) {
              counted[ord]++;
            }
          }
        }
      }
      perOrdinal[f] = counted;
    }
    return perOrdinal;
  }

  private interface Reading {
    SegmentFacetValues read() throws IOException;
  }

  private static SegmentFacetValues cached(LeafReader segment, String field, Reading reading) throws IOException {
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return reading.read();
    }
    Map<String, SegmentFacetValues> fields = CACHE.get(helper.getKey());
    if (fields == null) {
      Map<String, SegmentFacetValues> fresh = new ConcurrentHashMap<>();
      fields = CACHE.putIfAbsent(helper.getKey(), fresh);
      if (fields == null) {
        fields = fresh;
        helper.addClosedListener(CACHE::remove);
      }
    }
    SegmentFacetValues values = fields.get(field);
    if (values == null) {
      values = reading.read(); // two searches may both read a new segment: same result, one kept
      fields.put(field, values);
    }
    return values;
  }

  private static SegmentFacetValues readKeywords(LeafReader segment, String field) throws IOException {
    SortedSetDocValues docValues = DocValues.getSortedSet(segment, field);
    String[] labels = new String[(int) docValues.getValueCount()];
    for (int ord = 0; ord < labels.length; ord++) {
      labels[ord] = docValues.lookupOrd(ord).utf8ToString();
    }
    return read(segment.maxDoc(), labels, new DocOrdinals() {
      @Override
      public int advance(int doc) throws IOException {
        return docValues.advanceExact(doc) ? docValues.docValueCount() : 0;
      }

      @Override
      public int next() throws IOException {
        return (int) docValues.nextOrd();
      }
    });
  }

  private static SegmentFacetValues readNumbers(LeafReader segment, String field) throws IOException {
    // First pass: the distinct values, numbered in ascending order.
    Map<Long, Integer> ordinalOf = new TreeMap<>();
    SortedNumericDocValues all = DocValues.getSortedNumeric(segment, field);
    for (int doc = all.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = all.nextDoc()) {
      for (int i = 0; i < all.docValueCount(); i++) {
        ordinalOf.put(all.nextValue(), 0);
      }
    }
    String[] labels = new String[ordinalOf.size()];
    int next = 0;
    for (Map.Entry<Long, Integer> value : ordinalOf.entrySet()) {
      value.setValue(next);
      labels[next++] = Long.toString(value.getKey());
    }
    // Second pass: each document's values as those numbers.
    SortedNumericDocValues docValues = DocValues.getSortedNumeric(segment, field);
    return read(segment.maxDoc(), labels, new DocOrdinals() {
      @Override
      public int advance(int doc) throws IOException {
        return docValues.advanceExact(doc) ? docValues.docValueCount() : 0;
      }

      @Override
      public int next() throws IOException {
        return ordinalOf.get(docValues.nextValue());
      }
    });
  }

  /** A field's values, document by document, as ordinals into its labels. */
  private interface DocOrdinals {
    /** Moves to {@code doc} (ascending) and tells how many values it has. */
    int advance(int doc) throws IOException;

    int next() throws IOException;
  }

  private static SegmentFacetValues read(int maxDoc, String[] labels, DocOrdinals values) throws IOException {
    int[] starts = new int[maxDoc + 1];
    int[] ordinals = new int[Math.max(16, maxDoc)];
    int size = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc] = size;
      int count = values.advance(doc);
      if (size + count > ordinals.length) {
        ordinals = Arrays.copyOf(ordinals, Math.max(ordinals.length * 2, size + count));
      }
      for (int i = 0; i < count; i++) {
        ordinals[size++] = values.next();
      }
    }
    starts[maxDoc] = size;
    return new SegmentFacetValues(starts, Arrays.copyOf(ordinals, size), labels);
  }
}
