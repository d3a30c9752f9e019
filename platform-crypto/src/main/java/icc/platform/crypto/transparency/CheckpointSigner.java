package icc.platform.crypto.transparency;

import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs the log's checkpoints, and never two that are inconsistent with each other.
 *
 * <p>C2SP tlog-checkpoint: "A log MUST not sign any checkpoint which is inconsistent with any
 * checkpoint it previously signed. Two checkpoints are inconsistent if a consistency proof can't
 * be constructed from one to the other." Before signing, this class asks its {@link
 * ConsistencyProofSource} for the proof from the last checkpoint it signed to the new one and
 * verifies it with {@link ProofVerifier} (RFC 9162 section 2.1.4.2); a bug or a tampered database
 * that rewrote history therefore stops checkpoint signing instead of producing a split view. By
 * consistency with the last signed checkpoint, every new checkpoint is consistent with all earlier
 * ones (consistency is transitive along an append-only chain).
 *
 * <p>The last signed checkpoint is state that must survive restarts: the server persists {@link
 * #lastSigned()} after each {@link #sign} and passes it back to the constructor. Thread-safe
 * within one instance; one signer per log.
 */
public final class CheckpointSigner {

  private final NoteSigner signer;
  private final String origin;
  private final ConsistencyProofSource proofs;
  private Checkpoint lastSigned;

  /**
   * @param signer the log's note signer; its key name should be the origin
   * @param origin the log's origin line
   * @param proofs source of consistency proofs, usually the {@link MerkleTree} of the log
   * @param lastSigned the last checkpoint this log signed, or {@code null} if none yet
   */
  public CheckpointSigner(
      NoteSigner signer, String origin, ConsistencyProofSource proofs, Checkpoint lastSigned) {
    this.signer = Objects.requireNonNull(signer, "signer");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.proofs = Objects.requireNonNull(proofs, "proofs");
    if (lastSigned != null && !lastSigned.origin().equals(origin)) {
      throw new IllegalArgumentException("last signed checkpoint is of another origin");
    }
    this.lastSigned = lastSigned;
  }

  /** The last checkpoint this signer signed (or was given at construction). */
  public synchronized Optional<Checkpoint> lastSigned() {
    return Optional.ofNullable(lastSigned);
  }

  /**
   * Signs {@code next} if it is consistent with the last signed checkpoint.
   *
   * @return the signed note of the checkpoint, ready to publish
   * @throws InconsistentCheckpointException if {@code next} is of another origin, smaller than
   *     the last signed one, of the same size with another root, older by its timestamp, or if
   *     no consistency proof from the last signed one verifies
   * @throws NodeStoreException if the proof source fails
   * @throws NoteSigningException if the signing key fails
   */
  public synchronized SignedNote sign(Checkpoint next)
      throws InconsistentCheckpointException, NodeStoreException, NoteSigningException {
    Objects.requireNonNull(next, "next");
    if (!next.origin().equals(origin)) {
      throw new InconsistentCheckpointException(
          "checkpoint origin " + next.origin() + " is not this log's origin " + origin);
    }
    if (lastSigned != null) {
      checkConsistentWithLast(next);
    }
    SignedNote note = signer.signNote(next.toText());
    lastSigned = next;
    return note;
  }

  private void checkConsistentWithLast(Checkpoint next)
      throws InconsistentCheckpointException, NodeStoreException {
    Checkpoint last = lastSigned;
    if (last.timestamp().isPresent()
        && next.timestamp().isPresent()
        && next.timestamp().get().isBefore(last.timestamp().get())) {
      throw new InconsistentCheckpointException("checkpoint timestamp goes back in time");
    }
    if (next.size() < last.size()) {
      throw new InconsistentCheckpointException(
          "checkpoint size " + next.size() + " is smaller than last signed " + last.size());
    }
    if (next.size() == last.size()) {
      if (!MessageDigest.isEqual(next.rootHash(), last.rootHash())) {
        throw new InconsistentCheckpointException(
            "checkpoint has the size of the last signed one (" + last.size() + ") but another root");
      }
      return;
    }
    if (last.size() == 0) {
      // Every tree extends the empty tree; RFC 9162 defines no proof from size 0.
      return;
    }
    List<byte[]> proof = proofs.consistencyProof(last.size(), next.size());
    try {
      ProofVerifier.verifyConsistency(
          last.size(), next.size(), proof, last.rootHash(), next.rootHash());
    } catch (ProofException e) {
      throw new InconsistentCheckpointException(
          "checkpoint of size " + next.size() + " is not consistent with the last signed one of"
              + " size " + last.size() + ": " + e.getMessage(),
          e);
    }
  }
}
