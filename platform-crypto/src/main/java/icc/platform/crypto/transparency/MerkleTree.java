package icc.platform.crypto.transparency;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An append-only RFC 6962 Merkle tree kept incrementally in a {@link NodeStore}.
 *
 * <p>Only complete subtrees are stored. Appending leaf n writes the leaf hash and the hash of
 * every subtree that leaf completes (one per trailing 1-bit of n, reading their left siblings):
 * O(log n) writes, never a re-hash of the log. The hash of any range RFC 6962 needs, at any past
 * or present size, is then a fold of at most log2(n) stored hashes (the "compact range" of that
 * range), so roots and proofs read O(log n) nodes, asked for in one batch.
 *
 * <p>Not thread-safe across appenders by itself: the store's {@link NodeStore#append} rejects an
 * append that lost a race; callers serialise appends (one transaction holding the tree-head
 * lock). Reads may run concurrently with appends, since stored nodes never change.
 */
public final class MerkleTree implements ConsistencyProofSource {

  private final NodeStore store;

  public MerkleTree(NodeStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Number of leaves in the log. */
  public long size() throws NodeStoreException {
    return store.size();
  }

  /**
   * Appends one entry (the canonical bytes of an audit event) as a leaf with hash SHA-256(0x00 ||
   * data).
   *
   * @return the index of the new leaf
   */
  public long append(byte[] entry) throws NodeStoreException {
    return appendLeafHash(Rfc6962Hasher.leafHash(entry));
  }

  /**
   * Appends a leaf whose leaf hash the caller computed already.
   *
   * @return the index of the new leaf
   */
  public long appendLeafHash(byte[] leafHash) throws NodeStoreException {
    Objects.requireNonNull(leafHash, "leafHash");
    if (leafHash.length != Rfc6962Hasher.HASH_SIZE) {
      throw new IllegalArgumentException("leaf hash must be 32 bytes, got " + leafHash.length);
    }
    long index = store.size();
    if (index == Long.MAX_VALUE) {
      throw new NodeStoreException("the log is full");
    }
    // Leaf n completes one subtree per trailing 1-bit of n: at each such level the new node is
    // a right child whose left sibling is already complete and stored.
    List<NodeId> leftSiblings = new ArrayList<>();
    for (int level = 0; ((index >>> level) & 1) == 1; level++) {
      leftSiblings.add(new NodeId(level, (index >>> level) - 1));
    }
    Map<NodeId, byte[]> siblings = readAll(leftSiblings);
    List<NodeStore.StoredNode> writes = new ArrayList<>();
    byte[] hash = leafHash.clone();
    writes.add(new NodeStore.StoredNode(new NodeId(0, index), hash));
    for (NodeId sibling : leftSiblings) {
      hash = Rfc6962Hasher.nodeHash(siblings.get(sibling), hash);
      writes.add(new NodeStore.StoredNode(new NodeId(sibling.level() + 1, index >>> (sibling.level() + 1)), hash));
    }
    store.append(index, writes);
    return index;
  }

  /** MTH(D[0:treeSize]), the root hash of the tree when it had {@code treeSize} leaves. */
  public byte[] rootHash(long treeSize) throws NodeStoreException {
    requireSize(treeSize);
    if (treeSize == 0) {
      return Rfc6962Hasher.emptyRoot();
    }
    return hashRanges(List.of(new TreeMath.Range(0, treeSize))).get(0);
  }

  /**
   * PATH(leafIndex, D[0:treeSize]) of RFC 6962 section 2.1.1 (the "inclusion_path" of RFC 9162
   * section 2.1.3.1), from the leaf's sibling up to the root's child.
   */
  public List<byte[]> inclusionProof(long leafIndex, long treeSize) throws NodeStoreException {
    requireSize(treeSize);
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException(
          "leaf index " + leafIndex + " is not in a tree of size " + treeSize);
    }
    return hashRanges(TreeMath.inclusionRanges(leafIndex, treeSize));
  }

  /**
   * PROOF(size1, D[0:size2]) of RFC 6962 section 2.1.2 (the "consistency_path" of RFC 9162
   * section 2.1.4.1). Empty when the sizes are equal.
   *
   * @throws IllegalArgumentException unless 0 &lt; size1 &lt;= size2 &lt;= size(): a proof from
   *     the empty tree is meaningless (every tree extends it) and RFC 9162 defines none
   */
  @Override
  public List<byte[]> consistencyProof(long size1, long size2) throws NodeStoreException {
    requireSize(size2);
    if (size1 <= 0 || size1 > size2) {
      throw new IllegalArgumentException(
          "consistency proof needs 0 < size1 <= size2, got " + size1 + " and " + size2);
    }
    if (size1 == size2) {
      return List.of();
    }
    return hashRanges(TreeMath.consistencyRanges(size1, size2));
  }

  private void requireSize(long treeSize) throws NodeStoreException {
    long size = store.size();
    if (treeSize < 0 || treeSize > size) {
      throw new IllegalArgumentException(
          "tree size " + treeSize + " is outside the log's sizes 0.." + size);
    }
  }

  /** Hashes of the given ranges, reading every complete subtree they need in one batch. */
  private List<byte[]> hashRanges(List<TreeMath.Range> ranges) throws NodeStoreException {
    List<List<NodeId>> plans = new ArrayList<>(ranges.size());
    Set<NodeId> needed = new LinkedHashSet<>();
    for (TreeMath.Range range : ranges) {
      List<NodeId> plan = TreeMath.completeSubtrees(range.start(), range.end());
      plans.add(plan);
      needed.addAll(plan);
    }
    Map<NodeId, byte[]> hashes = readAll(needed);
    List<byte[]> result = new ArrayList<>(ranges.size());
    for (List<NodeId> plan : plans) {
      byte[] hash = hashes.get(plan.get(plan.size() - 1));
      for (int i = plan.size() - 2; i >= 0; i--) {
        hash = Rfc6962Hasher.nodeHash(hashes.get(plan.get(i)), hash);
      }
      result.add(hash.clone());
    }
    return result;
  }

  private Map<NodeId, byte[]> readAll(java.util.Collection<NodeId> ids) throws NodeStoreException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<NodeId, byte[]> hashes = store.read(ids);
    for (NodeId id : ids) {
      byte[] hash = hashes.get(id);
      if (hash == null || hash.length != Rfc6962Hasher.HASH_SIZE) {
        throw new NodeStoreException("store returned no valid hash for " + id);
      }
    }
    return hashes;
  }
}
