package icc.platform.crypto.transparency;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs outside the vectors: nulls and negative sizes are a {@link ProofException} too. */
class ProofVerifierTest {

  private static final byte[] H = new byte[32];

  @Test
  void inclusionRejectsNullsAndNegatives() {
    List<byte[]> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(ProofException.class, () -> ProofVerifier.verifyInclusion(0, 1, null, List.of(), H));
    assertThrows(ProofException.class, () -> ProofVerifier.verifyInclusion(0, 1, H, List.of(), null));
    assertThrows(ProofException.class, () -> ProofVerifier.verifyInclusion(0, 1, H, null, H));
    assertThrows(ProofException.class, () -> ProofVerifier.verifyInclusion(0, 2, H, withNull, H));
    assertThrows(ProofException.class, () -> ProofVerifier.verifyInclusion(-1, 1, H, List.of(), H));
    assertThrows(ProofException.class, () -> ProofVerifier.verifyInclusion(0, -1, H, List.of(), H));
    assertThrows(
        ProofException.class,
        () -> ProofVerifier.verifyInclusion(0, Long.MAX_VALUE, H, List.of(), H));
  }

  @Test
  void consistencyRejectsNullsAndNegatives() {
    assertThrows(ProofException.class, () -> ProofVerifier.verifyConsistency(1, 2, null, H, H));
    assertThrows(ProofException.class, () -> ProofVerifier.verifyConsistency(1, 2, List.of(H), null, H));
    assertThrows(ProofException.class, () -> ProofVerifier.verifyConsistency(1, 2, List.of(H), H, null));
    assertThrows(ProofException.class, () -> ProofVerifier.verifyConsistency(-1, 2, List.of(H), H, H));
    assertThrows(ProofException.class, () -> ProofVerifier.verifyConsistency(1, -2, List.of(H), H, H));
    assertThrows(
        ProofException.class,
        () -> ProofVerifier.verifyConsistency(3, 4, List.of(H, H), H, new byte[31]));
    assertThrows(
        ProofException.class,
        () -> ProofVerifier.verifyConsistency(1, Long.MAX_VALUE, List.of(H), H, H));
  }
}
