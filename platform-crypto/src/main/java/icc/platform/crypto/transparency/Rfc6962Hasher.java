package icc.platform.crypto.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The hashes of an RFC 6962 Merkle tree with SHA-256.
 *
 * <p>RFC 6962 section 2.1 (kept as is by RFC 9162 section 2.1.1): "The hash of an empty list is
 * the hash of an empty string: MTH({}) = SHA-256()"; "The hash of a list with one entry (also
 * known as a leaf hash) is: MTH({d(0)}) = SHA-256(0x00 || d(0))"; and an inner node is
 * "SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n]))". The distinct 0x00 / 0x01 prefixes are the
 * second-preimage protection of section 2.1: a leaf can never be taken for an inner node.
 */
public final class Rfc6962Hasher {

  /** Size in bytes of every hash of the tree (SHA-256). */
  public static final int HASH_SIZE = 32;

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;
  private static final byte[] EMPTY_ROOT = sha256().digest();

  private Rfc6962Hasher() {}

  /** MTH({}) = SHA-256(""), the root of the empty tree. */
  public static byte[] emptyRoot() {
    return EMPTY_ROOT.clone();
  }

  /** Leaf hash SHA-256(0x00 || data) of one log entry (the canonical bytes of one event). */
  public static byte[] leafHash(byte[] data) {
    Objects.requireNonNull(data, "data");
    MessageDigest digest = sha256();
    digest.update(LEAF_PREFIX);
    digest.update(data);
    return digest.digest();
  }

  /** Inner node hash SHA-256(0x01 || left || right) of two child hashes. */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    MessageDigest digest = sha256();
    digest.update(NODE_PREFIX);
    digest.update(left);
    digest.update(right);
    return digest.digest();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE platform must provide SHA-256 (MessageDigest Javadoc).
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
