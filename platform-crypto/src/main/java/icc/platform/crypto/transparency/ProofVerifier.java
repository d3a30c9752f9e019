package icc.platform.crypto.transparency;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Verification of RFC 9162 inclusion and consistency proofs over SHA-256 (the same proofs as
 * RFC 6962). Every malformed or failing case throws {@link ProofException}; nothing else escapes
 * for any input, including nulls.
 *
 * <p>Sizes and indexes are Java {@code long}s and must be non-negative (the RFC's uint64 values
 * above 2^63 - 1 are not representable here and so are rejected as negative).
 */
public final class ProofVerifier {

  private ProofVerifier() {}

  /**
   * Verifies that the leaf with hash {@code leafHash} is at {@code leafIndex} in the tree of
   * {@code treeSize} leaves whose root is {@code rootHash}, following RFC 9162 section 2.1.3.2.
   */
  public static void verifyInclusion(
      long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] rootHash)
      throws ProofException {
    requireHash(leafHash, "leaf hash");
    requireHash(rootHash, "root hash");
    List<byte[]> path = requireProof(proof);
    // 1. "Compare leaf_index from the inclusion_proof structure against tree_size ... If
    //    leaf_index is greater than or equal to tree_size, then fail the proof verification."
    if (leafIndex < 0 || treeSize < 0) {
      throw new ProofException("negative leaf index or tree size");
    }
    if (leafIndex >= treeSize) {
      throw new ProofException("leaf index " + leafIndex + " is not below tree size " + treeSize);
    }
    int expected = TreeMath.inclusionRanges(leafIndex, treeSize).size();
    if (path.size() != expected) {
      throw new ProofException(
          "inclusion proof has " + path.size() + " hashes, expected " + expected);
    }
    // 2. "Set fn to leaf_index and sn to tree_size - 1."  3. "Set r to hash."
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    // 4. "For each value p in the inclusion_path array:"
    for (byte[] p : path) {
      // a. "If sn is 0, then stop the iteration and fail the proof verification."
      if (sn == 0) {
        throw new ProofException("inclusion proof is too long");
      }
      // b. "If LSB(fn) is set, or if fn is equal to sn, then: Set r to HASH(0x01 || p || r).
      //    If LSB(fn) is not set, then right-shift both fn and sn equally until either LSB(fn)
      //    is set or fn is 0. Otherwise: Set r to HASH(0x01 || r || p)."
      if ((fn & 1) == 1 || fn == sn) {
        r = Rfc6962Hasher.nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        r = Rfc6962Hasher.nodeHash(r, p);
      }
      // c. "Finally, right-shift both fn and sn one time."
      fn >>>= 1;
      sn >>>= 1;
    }
    // 5. "Compare sn to 0. Compare r against the root_hash. If sn is equal to 0 and r and the
    //    root_hash are equal, then the log has proven the inclusion of hash."
    if (sn != 0) {
      throw new ProofException("inclusion proof is too short");
    }
    if (!MessageDigest.isEqual(r, rootHash)) {
      throw new ProofException("inclusion proof does not lead to the root hash");
    }
  }

  /**
   * Verifies that the tree of {@code size2} leaves with root {@code root2} extends the tree of
   * {@code size1} leaves with root {@code root1}, following RFC 9162 section 2.1.4.2.
   *
   * <p>Edge cases, as transparency-dev/merkle and its published vectors treat them: equal sizes
   * are consistent exactly when the roots are equal and the proof is empty; a proof from size 0
   * is rejected as meaningless (every tree extends the empty tree, so a caller that has an empty
   * previous tree needs no proof at all); size1 &gt; size2 is rejected.
   */
  public static void verifyConsistency(
      long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
      throws ProofException {
    List<byte[]> path = requireProof(proof);
    if (root1 == null || root2 == null) {
      throw new ProofException("missing root hash");
    }
    if (size1 < 0 || size2 < 0) {
      throw new ProofException("negative tree size");
    }
    if (size1 > size2) {
      throw new ProofException("size1 " + size1 + " is greater than size2 " + size2);
    }
    if (size1 == 0) {
      throw new ProofException("a consistency proof from the empty tree is meaningless");
    }
    if (size1 == size2) {
      if (!path.isEmpty()) {
        throw new ProofException("sizes are equal but the proof is not empty");
      }
      if (!MessageDigest.isEqual(root1, root2)) {
        throw new ProofException("sizes are equal but the roots differ");
      }
      return;
    }
    requireHash(root1, "root1");
    requireHash(root2, "root2");
    // 1. "If consistency_path is an empty array, stop and fail the proof verification."
    if (path.isEmpty()) {
      throw new ProofException("consistency proof is empty");
    }
    int expected = TreeMath.consistencyRanges(size1, size2).size();
    if (path.size() != expected) {
      throw new ProofException(
          "consistency proof has " + path.size() + " hashes, expected " + expected);
    }
    // 2. "If first is an exact power of 2, then prepend first_hash to the consistency_path."
    List<byte[]> c = new ArrayList<>(path.size() + 1);
    if (Long.bitCount(size1) == 1) {
      c.add(root1);
    }
    c.addAll(path);
    // 3. "Set fn to first - 1 and sn to second - 1."
    long fn = size1 - 1;
    long sn = size2 - 1;
    // 4. "If LSB(fn) is set, then right-shift both fn and sn equally until LSB(fn) is not set."
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    // 5. "Set both fr and sr to the first value in the consistency_path array."
    byte[] fr = c.get(0);
    byte[] sr = c.get(0);
    // 6. "For each subsequent value c in the consistency_path array:"
    for (byte[] h : c.subList(1, c.size())) {
      // a. "If sn is 0, then stop the iteration and fail the proof verification."
      if (sn == 0) {
        throw new ProofException("consistency proof is too long");
      }
      // b. "If LSB(fn) is set, or if fn is equal to sn, then: Set fr to HASH(0x01 || c || fr)
      //    Set sr to HASH(0x01 || c || sr). If LSB(fn) is not set, then right-shift both fn and
      //    sn equally until either LSB(fn) is set or fn is 0. Otherwise: Set sr to HASH(0x01 ||
      //    sr || c)."
      if ((fn & 1) == 1 || fn == sn) {
        fr = Rfc6962Hasher.nodeHash(h, fr);
        sr = Rfc6962Hasher.nodeHash(h, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        sr = Rfc6962Hasher.nodeHash(sr, h);
      }
      // c. "Finally, right-shift both fn and sn one time."
      fn >>>= 1;
      sn >>>= 1;
    }
    // 7. "verify that the fr calculated is equal to the first_hash supplied, that the sr
    //    calculated is equal to the second_hash supplied, and that sn is 0."
    if (sn != 0) {
      throw new ProofException("consistency proof is too short");
    }
    if (!MessageDigest.isEqual(fr, root1)) {
      throw new ProofException("consistency proof does not lead to the first root hash");
    }
    if (!MessageDigest.isEqual(sr, root2)) {
      throw new ProofException("consistency proof does not lead to the second root hash");
    }
  }

  private static void requireHash(byte[] hash, String what) throws ProofException {
    if (hash == null) {
      throw new ProofException("missing " + what);
    }
    if (hash.length != Rfc6962Hasher.HASH_SIZE) {
      throw new ProofException(what + " has " + hash.length + " bytes, expected 32");
    }
  }

  /** Every element of a proof must be a 32-byte hash. */
  private static List<byte[]> requireProof(List<byte[]> proof) throws ProofException {
    if (proof == null) {
      throw new ProofException("missing proof (an empty proof is an empty list)");
    }
    List<byte[]> copy = new ArrayList<>(proof.size());
    for (int i = 0; i < proof.size(); i++) {
      byte[] hash = proof.get(i);
      if (hash == null || hash.length != Rfc6962Hasher.HASH_SIZE) {
        throw new ProofException("proof element " + i + " is not a 32-byte hash");
      }
      copy.add(hash);
    }
    return copy;
  }
}
