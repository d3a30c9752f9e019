package icc.platform.web.audit.infrastructure;

import icc.platform.web.audit.domain.SignedCheckpoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code audit_checkpoint}: one signed checkpoint, insert only. */
@Entity
@Table(name = "audit_checkpoint")
public class CheckpointRow {

  @Id
  @Column(name = "tree_size", updatable = false)
  private long treeSize;

  @Column(name = "root_hash", nullable = false, updatable = false, length = 32)
  private byte[] rootHash;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private Instant signedAt;

  @Column(name = "signed_note", nullable = false, updatable = false)
  private String signedNote;

  protected CheckpointRow() {
    // for JPA
  }

  CheckpointRow(SignedCheckpoint checkpoint) {
    this.treeSize = checkpoint.treeSize();
    this.rootHash = checkpoint.rootHash();
    this.signedAt = checkpoint.timestamp();
    this.signedNote = checkpoint.signedNote();
  }

  SignedCheckpoint toCheckpoint() {
    return new SignedCheckpoint(treeSize, rootHash, signedAt, signedNote);
  }
}
