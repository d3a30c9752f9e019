package icc.platform.web.audit.application;

import icc.platform.crypto.transparency.Checkpoint;
import icc.platform.crypto.transparency.CheckpointSigner;
import icc.platform.crypto.transparency.InconsistentCheckpointException;
import icc.platform.crypto.transparency.NodeStoreException;
import icc.platform.crypto.transparency.NoteFormatException;
import icc.platform.crypto.transparency.NoteSigningException;
import icc.platform.crypto.transparency.NoteVerificationException;
import icc.platform.crypto.transparency.NoteVerifierKey;
import icc.platform.crypto.transparency.SignedNote;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditLog;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.audit.domain.AuditSigningKey;
import icc.platform.web.audit.domain.CheckpointRepository;
import icc.platform.web.audit.domain.SignedCheckpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs checkpoints of the audit log (C2SP tlog-checkpoint in a C2SP signed note) and keeps every
 * one of them.
 *
 * <p><b>Never two inconsistent checkpoints</b> ("A log MUST not sign any checkpoint which is
 * inconsistent with any checkpoint it previously signed"): the last signed checkpoint is read
 * from the database, verified with the platform's key, and handed to {@link CheckpointSigner},
 * which checks an RFC 9162 consistency proof from it before signing. Because it comes from the
 * database each time, this holds across restarts and across cluster nodes.
 *
 * <p><b>Once per cluster, no JVM lock</b>: signing runs in its own transaction whose first
 * statement locks the tree-head row ({@link AuditLog#lockHead()}). Signers on other nodes wait,
 * then find the checkpoint already signed for that size; appenders wait a fraction of a
 * millisecond. Taking the lock first also makes the transaction's InnoDB snapshot start after
 * it, so the size, root and proof it reads are the latest ones and cannot move.
 */
@ApplicationScoped
public class CheckpointService {

  @Inject AuditLog log;
  @Inject CheckpointRepository checkpoints;
  @Inject AuditSigningKey key;
  @Inject AuditTrail trail;

  /** The latest signed checkpoint, if any was signed yet. */
  @Transactional(TxType.SUPPORTS)
  public Optional<SignedCheckpoint> latest() {
    return checkpoints.latest();
  }

  /** The checkpoint signed at this tree size, if one was. */
  @Transactional(TxType.SUPPORTS)
  public Optional<SignedCheckpoint> atSize(long treeSize) {
    return checkpoints.findBySize(treeSize);
  }

  /** The verifier key line (vkey) that States keep to check checkpoints offline. */
  public NoteVerifierKey verifierKey() {
    return key.signer().verifierKey();
  }

  /**
   * Signs a checkpoint of the current log if it grew since the last one (the schedule calls this
   * on every node; only the first to get the lock signs).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public SignedCheckpoint signIfGrown() {
    long size = log.lockHead();
    Optional<SignedCheckpoint> last = checkpoints.latest();
    if (last.isPresent() && last.get().treeSize() == size) {
      return last.get();
    }
    return sign(size, last);
  }

  /**
   * Signs a checkpoint now at an auditor's request. The request is itself an audited
   * administrative act, recorded first, so the new checkpoint covers its own request.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public SignedCheckpoint signRequestedBy(Actor auditor, String address) {
    // The append takes the tree-head lock as this transaction's first statement.
    trail.record(
        AuditEvent.of(AuditAction.AUDIT_CHECKPOINT_SIGN, AuditOutcome.SUCCESS, auditor)
            .from(address)
            .build());
    long size = log.lockHead();
    return sign(size, checkpoints.latest());
  }

  private SignedCheckpoint sign(long size, Optional<SignedCheckpoint> last) {
    Checkpoint previous = last.map(this::open).orElse(null);
    // The timestamp never goes back (CheckpointSigner refuses that), even if this node's clock
    // is behind the node that signed the previous one.
    Instant now = Instant.now();
    if (previous != null && previous.timestamp().isPresent() && now.isBefore(previous.timestamp().get())) {
      now = previous.timestamp().get();
    }
    Checkpoint next = Checkpoint.of(key.origin(), size, log.rootHash(size), now);
    CheckpointSigner signer = new CheckpointSigner(key.signer(), key.origin(), log::consistencyProof, previous);
    try {
      SignedNote note = signer.sign(next);
      SignedCheckpoint signed =
          new SignedCheckpoint(size, next.rootHash(), next.timestamp().orElseThrow(), note.encode());
      checkpoints.add(signed);
      return signed;
    } catch (InconsistentCheckpointException e) {
      // A rewritten history or a bug: refuse to sign and make it loud (a split view is the one
      // thing the log must never show).
      throw new IllegalStateException("REFUSED to sign an inconsistent audit checkpoint: " + e.getMessage(), e);
    } catch (NodeStoreException | NoteSigningException e) {
      throw new IllegalStateException("signing an audit checkpoint failed: " + e.getMessage(), e);
    }
  }

  private Checkpoint open(SignedCheckpoint stored) {
    try {
      return Checkpoint.open(stored.signedNote(), key.signer().verifierKey());
    } catch (NoteFormatException | NoteVerificationException e) {
      throw new IllegalStateException(
          "the stored checkpoint of size " + stored.treeSize() + " does not verify with the platform's"
              + " audit key (" + e.getMessage() + "): refusing to sign after it",
          e);
    }
  }
}
