package icc.platform.crypto.transparency;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Storage of the hashes of the complete subtrees of one append-only Merkle log, addressed by
 * {@link NodeId} (level, index). The server implements it over MariaDB; {@link
 * InMemoryNodeStore} serves tests. {@link MerkleTree} does all the hashing: a store only keeps
 * bytes.
 *
 * <p>Contract (checked by the abstract {@code NodeStoreConformanceTest}, which every
 * implementation should run):
 *
 * <ul>
 *   <li>{@link #size()} is the number of leaves appended so far; it starts at 0.
 *   <li>{@link #append(long, List)} is atomic: either all its nodes and the new size {@code
 *       leafIndex + 1} become visible, or nothing does. It fails with {@link NodeStoreException}
 *       and changes nothing if {@code leafIndex != size()} at that moment (two appenders raced;
 *       a JDBC store holds a row lock on the tree head, e.g. {@code SELECT ... FOR UPDATE}, in
 *       the same transaction as the audit event, so the event and its leaf commit together).
 *   <li>A stored hash is never overwritten: writing a node that already exists is an error.
 *   <li>{@link #read(Collection)} returns a hash for every requested node, or fails: a missing
 *       node below {@link #size()} means the store is corrupt.
 * </ul>
 *
 * <p>Cost: appending one leaf writes at most 1 + log2(n) nodes; a root, an inclusion proof or a
 * consistency proof reads O(log n) nodes, all asked for in one {@link #read(Collection)} call so
 * that a SQL store answers with one query ({@code WHERE (level, idx) IN (...)}).
 */
public interface NodeStore {

  /** Number of leaves in the log. */
  long size() throws NodeStoreException;

  /**
   * Hashes of the given complete subtrees.
   *
   * @param ids nodes to read; each must lie entirely below {@link #size()}
   * @return a map holding a 32-byte hash for every requested id
   * @throws NodeStoreException if a node is missing or the storage fails
   */
  Map<NodeId, byte[]> read(Collection<NodeId> ids) throws NodeStoreException;

  /**
   * Atomically stores the leaf at {@code leafIndex} and the complete subtrees it completes, and
   * makes the size {@code leafIndex + 1}.
   *
   * @param leafIndex index of the new leaf; must equal the current {@link #size()}
   * @param nodes the new nodes: the leaf hash at (0, leafIndex) first, then each newly complete
   *     ancestor, lowest level first
   * @throws NodeStoreException if {@code leafIndex != size()}, a node already exists, or the
   *     storage fails; nothing is then stored
   */
  void append(long leafIndex, List<StoredNode> nodes) throws NodeStoreException;

  /** A node address with the hash stored there. */
  record StoredNode(NodeId id, byte[] hash) {
    public StoredNode {
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(hash, "hash");
      if (hash.length != Rfc6962Hasher.HASH_SIZE) {
        throw new IllegalArgumentException("hash must be 32 bytes, got " + hash.length);
      }
      hash = hash.clone();
    }

    @Override
    public byte[] hash() {
      return hash.clone();
    }
  }
}
