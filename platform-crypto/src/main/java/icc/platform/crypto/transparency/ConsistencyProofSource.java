package icc.platform.crypto.transparency;

import java.util.List;

/**
 * Where the {@link CheckpointSigner} gets the consistency proof between the last checkpoint it
 * signed and the one it is asked to sign; {@link MerkleTree} is one.
 */
@FunctionalInterface
public interface ConsistencyProofSource {

  /** PROOF(size1, D[0:size2]) of RFC 6962 section 2.1.2, for 0 &lt; size1 &lt;= size2. */
  List<byte[]> consistencyProof(long size1, long size2) throws NodeStoreException;
}
