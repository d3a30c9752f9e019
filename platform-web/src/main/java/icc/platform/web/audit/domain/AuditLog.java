package icc.platform.web.audit.domain;

import java.util.List;
import java.util.Optional;

/**
 * The append-only Merkle log of audit events (RFC 6962 section 2.1, RFC 9162 section 2.1): leaf
 * hash SHA-256(0x00 || event), node hash SHA-256(0x01 || left || right).
 *
 * <p>Appends are serialised by the database (a row lock on the tree head, held until the
 * transaction ends), never by a JVM lock, so they stay gap-free in a cluster. Proofs read
 * O(log n) stored hashes. Failures are {@link AuditLogException}s, which roll the transaction
 * back.
 */
public interface AuditLog {

  /**
   * Appends an event as the next leaf, in the caller's transaction: it becomes visible when that
   * transaction commits and disappears if it rolls back. Waits for concurrent appenders.
   *
   * @return the leaf index of the event
   */
  long append(AuditEvent event);

  /**
   * Locks the tree head for the rest of the transaction (as an append does) and returns the size:
   * no event can be appended until the transaction ends. The checkpoint signer uses it to sign a
   * size and root that cannot move under it.
   */
  long lockHead();

  /** Number of events in the log (as committed, or as this transaction sees it). */
  long size();

  /** MTH(D[0:treeSize]); {@code treeSize} must be at most {@link #size()}. */
  byte[] rootHash(long treeSize);

  /** RFC 9162 inclusion_path of a leaf in the tree of {@code treeSize} leaves. */
  List<byte[]> inclusionProof(long leafIndex, long treeSize);

  /** RFC 9162 consistency_path from {@code size1} to {@code size2}, 0 &lt; size1 &lt;= size2. */
  List<byte[]> consistencyProof(long size1, long size2);

  /**
   * Entries with {@code fromIndex <= leafIndex < toIndex}, in leaf order, at most {@code limit};
   * only those concerning {@code organisationCode} when it is given.
   */
  List<AuditEntry> entries(long fromIndex, long toIndex, Optional<String> organisationCode, int limit);

  /**
   * Entries with {@code leafIndex < toIndex} that match the query, newest first, skipping
   * {@code offset} of them, at most {@code limit}.
   */
  List<AuditEntry> search(AuditQuery query, long toIndex, int offset, int limit);

  /** How many entries with {@code leafIndex < toIndex} match the query. */
  long count(AuditQuery query, long toIndex);
}
