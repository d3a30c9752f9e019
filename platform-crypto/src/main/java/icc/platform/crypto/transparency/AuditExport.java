package icc.platform.crypto.transparency;

import java.util.List;

/**
 * The records of an audit export, a JSON Lines file (one canonical JSON object per line)
 * described in {@code audit-export-format.md}: one {@link Header}, then {@link Event}s in
 * increasing leaf index and optional {@link Consistency} proofs.
 */
public final class AuditExport {

  /** Value of the header's {@code format} member for this version of the format. */
  public static final String FORMAT = "icc-audit-export/v1";

  private AuditExport() {}

  /** A record of the export after the header, with the line it was read from (1-based). */
  public sealed interface Entry permits Event, Consistency {
    int line();
  }

  /**
   * First line: which log and which tree size the proofs of the export lead to.
   *
   * @param origin the log's origin, as in its checkpoints
   * @param treeSize size of the checkpoint that the inclusion proofs target
   */
  public record Header(String origin, long treeSize) {}

  /**
   * One audit event with its inclusion proof.
   *
   * @param leafData the leaf's bytes: the JCS canonical form of the {@code event} object, or the
   *     decoded {@code eventBase64}
   * @param eventJson the event object when the line gave one, else {@code null}
   */
  public record Event(
      int line, long leafIndex, byte[] leafData, Object eventJson, List<byte[]> inclusionProof)
      implements Entry {}

  /** A consistency proof from an earlier tree size to the header's tree size. */
  public record Consistency(int line, long size1, long size2, List<byte[]> proof)
      implements Entry {}
}
