package icc.platform.crypto.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "A log MUST not sign any checkpoint which is inconsistent with any checkpoint it previously signed." */
class CheckpointSignerTest {

  private static final String ORIGIN = "audit.icc-cpi.int/log";
  private static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");

  private NoteSigner noteSigner;
  private MerkleTree log;
  private MerkleTree fork;

  @BeforeEach
  void setUp() throws Exception {
    noteSigner = TestKeys.signer(ORIGIN, TestKeys.fromByte(9));
    log = new MerkleTree(new InMemoryNodeStore());
    fork = new MerkleTree(new InMemoryNodeStore());
    for (int i = 0; i < 20; i++) {
      log.append(("event " + i).getBytes(StandardCharsets.UTF_8));
      // The fork rewrote event 5 after the fact.
      fork.append(("event " + (i == 5 ? "5 (rewritten)" : i)).getBytes(StandardCharsets.UTF_8));
    }
  }

  private Checkpoint head(MerkleTree tree, long size, int minutes) throws Exception {
    return Checkpoint.of(ORIGIN, size, tree.rootHash(size), T0.plusSeconds(60L * minutes));
  }

  @Test
  void signsAGrowingLogAndTheNoteVerifies() throws Exception {
    CheckpointSigner signer = new CheckpointSigner(noteSigner, ORIGIN, log, null);
    for (long size : new long[] {0, 1, 3, 3, 8, 13, 20}) {
      Checkpoint next = head(log, size, (int) size);
      SignedNote note = signer.sign(next);
      assertEquals(next, Checkpoint.open(note.encode(), noteSigner.verifierKey()));
      assertEquals(Optional.of(next), signer.lastSigned());
    }
  }

  @Test
  void refusesACheckpointOfARewrittenHistory() throws Exception {
    CheckpointSigner signer = new CheckpointSigner(noteSigner, ORIGIN, log, null);
    Checkpoint first = head(log, 8, 0);
    signer.sign(first);
    // The database was tampered with: leaf 5 differs, proofs come from the tampered tree.
    CheckpointSigner afterTamper = new CheckpointSigner(noteSigner, ORIGIN, fork, first);
    assertThrows(InconsistentCheckpointException.class, () -> afterTamper.sign(head(fork, 12, 1)));
    assertEquals(Optional.of(first), afterTamper.lastSigned());
    // A correct extension is still signed.
    afterTamper.sign(head(log, 12, 1));
  }

  @Test
  void refusesWhenTheProofSourceLies() throws Exception {
    Checkpoint first = head(log, 8, 0);
    ConsistencyProofSource lying = (size1, size2) -> List.of(new byte[32], new byte[32]);
    CheckpointSigner signer = new CheckpointSigner(noteSigner, ORIGIN, lying, first);
    assertThrows(InconsistentCheckpointException.class, () -> signer.sign(head(log, 12, 1)));
  }

  @Test
  void refusesASmallerTree() throws Exception {
    CheckpointSigner signer = new CheckpointSigner(noteSigner, ORIGIN, log, head(log, 10, 0));
    assertThrows(InconsistentCheckpointException.class, () -> signer.sign(head(log, 9, 1)));
  }

  @Test
  void refusesTheSameSizeWithAnotherRoot() throws Exception {
    CheckpointSigner signer = new CheckpointSigner(noteSigner, ORIGIN, log, head(log, 10, 0));
    assertThrows(InconsistentCheckpointException.class, () -> signer.sign(head(fork, 10, 1)));
    signer.sign(head(log, 10, 1)); // same tree head, later: fine
  }

  @Test
  void refusesAnotherOriginAndATimestampGoingBack() throws Exception {
    CheckpointSigner signer = new CheckpointSigner(noteSigner, ORIGIN, log, head(log, 10, 5));
    Checkpoint otherOrigin = Checkpoint.of("other.example/log", 12, log.rootHash(12), T0.plusSeconds(600));
    assertThrows(InconsistentCheckpointException.class, () -> signer.sign(otherOrigin));
    assertThrows(InconsistentCheckpointException.class, () -> signer.sign(head(log, 12, 4)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CheckpointSigner(noteSigner, ORIGIN, log, otherOrigin));
  }
}
