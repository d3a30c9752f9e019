package icc.platform.web.audit.api;

import icc.platform.web.audit.application.AuditReader;
import java.util.Base64;
import java.util.List;

/** JSON bodies of the proof operations; hashes in standard padded base64, as in checkpoints. */
public final class ProofDtos {

  private ProofDtos() {}

  /**
   * @param leafIndex the entry's index
   * @param treeSize the tree size the proof is for
   * @param inclusionPath RFC 9162 inclusion_path, from the leaf's sibling upward
   */
  public record Inclusion(long leafIndex, long treeSize, List<String> inclusionPath) {
    static Inclusion of(AuditReader.InclusionProof proof) {
      return new Inclusion(proof.leafIndex(), proof.treeSize(), base64(proof.path()));
    }
  }

  /**
   * @param size1 the earlier tree size
   * @param size2 the later tree size
   * @param consistencyPath RFC 9162 consistency_path
   */
  public record Consistency(long size1, long size2, List<String> consistencyPath) {
    static Consistency of(AuditReader.ConsistencyProof proof) {
      return new Consistency(proof.size1(), proof.size2(), base64(proof.path()));
    }
  }

  static List<String> base64(List<byte[]> hashes) {
    return hashes.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList();
  }
}
