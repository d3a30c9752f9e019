package icc.platform.web.audit.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A checkpoint the platform signed: the tree size and root hash of the log at that moment, and
 * the whole C2SP signed note (c2sp.org/tlog-checkpoint, c2sp.org/signed-note) as published.
 *
 * @param treeSize number of events the checkpoint covers
 * @param rootHash the RFC 6962 root hash at that size
 * @param timestamp the time written in the checkpoint's {@code timestamp} extension line
 * @param signedNote the note text, a blank line and the signature line, UTF-8 with {@code \n}
 */
public record SignedCheckpoint(long treeSize, byte[] rootHash, Instant timestamp, String signedNote) {

  public SignedCheckpoint {
    Objects.requireNonNull(rootHash, "rootHash");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(signedNote, "signedNote");
    rootHash = rootHash.clone();
  }

  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }
}
