package icc.platform.web.audit.application;

import icc.platform.crypto.transparency.AuditExportWriter;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEntry;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditLog;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.audit.domain.AuditSigningKey;
import icc.platform.web.audit.domain.CheckpointRepository;
import icc.platform.web.audit.domain.SignedCheckpoint;
import icc.platform.web.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Answers the audit API: entries (each read is itself audited, in the same transaction), proofs,
 * and exports in the {@code icc-audit-export/v1} format (docs/audit-export-format.md).
 *
 * <p>Every parameter is checked against the log's size here, so that a bad value becomes a 400
 * naming it, never an {@link IllegalArgumentException} from the Merkle library. Each method runs
 * in one transaction, so the size it checks against and the hashes it reads come from the same
 * InnoDB snapshot.
 */
@ApplicationScoped
public class AuditReader {

  /** Most entries in one page. */
  public static final int MAX_PAGE = 1000;
  /** Most events in one export. */
  public static final int MAX_EXPORT = 5000;

  @Inject AuditLog log;
  @Inject CheckpointRepository checkpoints;
  @Inject AuditSigningKey key;
  @Inject AuditTrail trail;

  /** A page of entries and where the next page starts (empty when this was the last). */
  public record EntriesPage(List<AuditEntry> entries, long treeSize, Optional<Long> nextFrom) {}

  /** An inclusion proof (RFC 9162 section 2.1.3.1). */
  public record InclusionProof(long leafIndex, long treeSize, List<byte[]> path) {}

  /** A consistency proof (RFC 9162 section 2.1.4.1). */
  public record ConsistencyProof(long size1, long size2, List<byte[]> path) {}

  /** An export file and the checkpoint its inclusion proofs lead to. */
  public record Export(String jsonLines, SignedCheckpoint checkpoint, int eventCount) {}

  /** Entries from leaf index {@code from} that the caller may read, at most {@code limit}. */
  @Transactional(TxType.REQUIRED)
  public EntriesPage entries(Caller caller, long from, int limit, String address) {
    ReadScope scope = ReadScope.of(caller);
    requireRange("from", from, 0, Long.MAX_VALUE);
    requireRange("limit", limit, 1, MAX_PAGE);
    long size = log.size();
    List<AuditEntry> found = log.entries(from, size, scope.organisationCode(), limit);
    trail.record(
        AuditEvent.of(AuditAction.AUDIT_ENTRIES_READ, AuditOutcome.SUCCESS, Actor.of(caller))
            .from(address)
            .detail("scope", scope.describe())
            .detail("from", from)
            .detail("limit", limit)
            .detail("returned", found.size())
            .build());
    Optional<Long> next =
        found.size() == limit
            ? Optional.of(found.get(found.size() - 1).leafIndex() + 1)
            : Optional.empty();
    return new EntriesPage(found, size, next);
  }

  /** PATH(leafIndex, D[0:treeSize]): any authenticated organisation may ask; it reveals hashes only. */
  @Transactional(TxType.REQUIRED)
  public InclusionProof inclusionProof(long leafIndex, long treeSize) {
    long size = log.size();
    requireRange("treeSize", treeSize, 1, size);
    requireRange("index", leafIndex, 0, treeSize - 1);
    return new InclusionProof(leafIndex, treeSize, log.inclusionProof(leafIndex, treeSize));
  }

  /** PROOF(size1, D[0:size2]) for 0 &lt; size1 &lt;= size2 &lt;= the log's size. */
  @Transactional(TxType.REQUIRED)
  public ConsistencyProof consistencyProof(long size1, long size2) {
    long size = log.size();
    requireRange("size2", size2, 1, size);
    requireRange("size1", size1, 1, size2);
    return new ConsistencyProof(size1, size2, log.consistencyProof(size1, size2));
  }

  /**
   * An export of up to {@code count} events from leaf index {@code from} that the caller may read,
   * with inclusion proofs to the checkpoint of size {@code atSize} (the latest one if empty), and
   * a consistency proof from {@code previousSize} if given (a checkpoint the State kept).
   */
  @Transactional(TxType.REQUIRED)
  public Export export(
      Caller caller,
      long from,
      int count,
      Optional<Long> atSize,
      Optional<Long> previousSize,
      String address) {
    ReadScope scope = ReadScope.of(caller);
    requireRange("from", from, 0, Long.MAX_VALUE);
    requireRange("count", count, 1, MAX_EXPORT);
    SignedCheckpoint checkpoint =
        atSize.isPresent()
            ? checkpoints
                .findBySize(atSize.get())
                .orElseThrow(
                    () -> new InvalidAuditRequestException(
                        "size", "no checkpoint was signed at tree size " + atSize.get()))
            : checkpoints
                .latest()
                .orElseThrow(
                    () -> new InvalidAuditRequestException("size", "no checkpoint has been signed yet"));
    long treeSize = checkpoint.treeSize();
    if (previousSize.isPresent()) {
      requireRange("previousSize", previousSize.get(), 1, treeSize);
    }
    List<AuditEntry> found =
        from >= treeSize ? List.of() : log.entries(from, treeSize, scope.organisationCode(), count);
    trail.record(
        AuditEvent.of(AuditAction.AUDIT_EXPORT, AuditOutcome.SUCCESS, Actor.of(caller))
            .from(address)
            .detail("scope", scope.describe())
            .detail("from", from)
            .detail("count", count)
            .detail("treeSize", treeSize)
            .detail("returned", found.size())
            .build());
    StringWriter text = new StringWriter();
    AuditExportWriter writer = new AuditExportWriter(text);
    try {
      writer.header(key.origin(), treeSize);
      for (AuditEntry entry : found) {
        // The event as a JSON object: its canonical form is, byte for byte, the stored leaf
        // data (which is canonical JSON), so the verifier recomputes the very leaf hash.
        writer.event(entry.leafIndex(), entry.eventJson(), log.inclusionProof(entry.leafIndex(), treeSize));
      }
      if (previousSize.isPresent() && previousSize.get() < treeSize) {
        writer.consistency(previousSize.get(), log.consistencyProof(previousSize.get(), treeSize));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Export(text.toString(), checkpoint, found.size());
  }

  private static void requireRange(String parameter, long value, long min, long max) {
    if (max < min) {
      throw new InvalidAuditRequestException(parameter, "the log is still empty");
    }
    if (value < min || value > max) {
      throw new InvalidAuditRequestException(
          parameter, "must be between " + min + " and " + max + ", got " + value);
    }
  }
}
