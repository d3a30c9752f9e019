package icc.platform.crypto.transparency;

/**
 * Address of a complete (perfect) subtree of the log: the node at {@code level} (0 for leaves)
 * and {@code index} (counted from the left on that level) covers the leaves {@code [index *
 * 2^level, (index + 1) * 2^level)}.
 *
 * <p>Once all the leaves below it exist, the hash of such a subtree never changes: this is what
 * lets a store keep the hashes of an append-only log forever and answer proofs for any past size.
 *
 * @param level height of the subtree, 0 to 62
 * @param index position on that level, non-negative
 */
public record NodeId(int level, long index) implements Comparable<NodeId> {

  /** Highest level a tree of at most {@link Long#MAX_VALUE} leaves can have. */
  public static final int MAX_LEVEL = 62;

  public NodeId {
    if (level < 0 || level > MAX_LEVEL) {
      throw new IllegalArgumentException("level out of range 0.." + MAX_LEVEL + ": " + level);
    }
    if (index < 0 || index > (Long.MAX_VALUE >> level)) {
      throw new IllegalArgumentException("index out of range at level " + level + ": " + index);
    }
  }

  /** First leaf covered by this subtree. */
  public long firstLeaf() {
    return index << level;
  }

  /** Number of leaves covered by this subtree, 2^level. */
  public long leafCount() {
    return 1L << level;
  }

  /** Orders by level, then by index (the order a SQL primary key (level, idx) would give). */
  @Override
  public int compareTo(NodeId other) {
    int byLevel = Integer.compare(level, other.level);
    return byLevel != 0 ? byLevel : Long.compare(index, other.index);
  }
}
