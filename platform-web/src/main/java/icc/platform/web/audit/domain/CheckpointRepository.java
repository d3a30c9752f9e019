package icc.platform.web.audit.domain;

import java.util.Optional;

/** The checkpoints the platform has signed, kept forever: States may ask for any of them. */
public interface CheckpointRepository {

  /** The most recently signed checkpoint (the largest tree size), if any. */
  Optional<SignedCheckpoint> latest();

  /** The checkpoint signed at exactly this tree size, if any. */
  Optional<SignedCheckpoint> findBySize(long treeSize);

  void add(SignedCheckpoint checkpoint);
}
