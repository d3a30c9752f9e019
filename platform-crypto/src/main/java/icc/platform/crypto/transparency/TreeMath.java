package icc.platform.crypto.transparency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Arithmetic of RFC 6962 trees: which leaf ranges a proof is made of, and which complete
 * subtrees ({@link NodeId}s) make up a range. Pure functions of the sizes, so a store can be
 * asked for every node a proof needs in one batch.
 */
final class TreeMath {

  private TreeMath() {}

  /** A half-open range of leaves [start, end) whose RFC 6962 hash MTH(D[start:end]) is wanted. */
  record Range(long start, long end) {}

  /**
   * RFC 6962 section 2.1: "k is the largest power of two smaller than n (i.e., k &lt; n &lt;= 2k)".
   * Requires n &gt;= 2.
   */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }

  /**
   * The complete subtrees that make up D[start:end], left to right, for a range as it arises in
   * the recursions of RFC 6962 (start is a multiple of a power of two at least end - start).
   * Taking the largest power of two that fits each time is exactly the split of section 2.1, so
   * MTH(D[start:end]) is these hashes folded from the right with the node hash.
   */
  static List<NodeId> completeSubtrees(long start, long end) {
    List<NodeId> ids = new ArrayList<>();
    long position = start;
    while (position < end) {
      int level = 63 - Long.numberOfLeadingZeros(end - position);
      if (level > 0 && Long.numberOfTrailingZeros(position) < level && position != 0) {
        // Cannot happen for ranges built by this class; guards the alignment assumption.
        throw new IllegalStateException("unaligned range [" + start + ", " + end + ")");
      }
      ids.add(new NodeId(level, position >> level));
      position += 1L << level;
    }
    return ids;
  }

  /**
   * The ranges whose hashes form PATH(m, D[0:n]) of RFC 6962 section 2.1.1, in proof order
   * (from the leaf up):
   *
   * <pre>
   * PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n])   for m &lt; k
   * PATH(m, D[n]) = PATH(m - k, D[k:n]) : MTH(D[0:k]) for m &gt;= k
   * </pre>
   */
  static List<Range> inclusionRanges(long m, long n) {
    List<Range> ranges = new ArrayList<>();
    long lo = 0;
    long hi = n;
    while (hi - lo > 1) {
      long k = split(hi - lo);
      if (m - lo < k) {
        ranges.add(new Range(lo + k, hi));
        hi = lo + k;
      } else {
        ranges.add(new Range(lo, lo + k));
        lo = lo + k;
      }
    }
    Collections.reverse(ranges);
    return ranges;
  }

  /**
   * The ranges whose hashes form PROOF(m, D[n]) = SUBPROOF(m, D[n], true) of RFC 6962 section
   * 2.1.2, in proof order, for 0 &lt; m &lt; n:
   *
   * <pre>
   * SUBPROOF(m, D[m], true) = {}
   * SUBPROOF(m, D[m], false) = {MTH(D[m])}
   * SUBPROOF(m, D[n], b) = SUBPROOF(m, D[0:k], b) : MTH(D[k:n])       for m &lt;= k
   * SUBPROOF(m, D[n], b) = SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k]) for m &gt; k
   * </pre>
   */
  static List<Range> consistencyRanges(long m, long n) {
    List<Range> ranges = new ArrayList<>();
    long lo = 0;
    long hi = n;
    boolean startFromOldRoot = true;
    while (m != hi) {
      long k = split(hi - lo);
      if (m - lo <= k) {
        ranges.add(new Range(lo + k, hi));
        hi = lo + k;
      } else {
        ranges.add(new Range(lo, lo + k));
        lo = lo + k;
        startFromOldRoot = false;
      }
    }
    if (!startFromOldRoot) {
      ranges.add(new Range(lo, hi));
    }
    Collections.reverse(ranges);
    return ranges;
  }
}
