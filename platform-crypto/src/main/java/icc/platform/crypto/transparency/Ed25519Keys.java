package icc.platform.crypto.transparency;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Conversion between the JDK's Ed25519 keys and the raw 32-byte public key of RFC 8032 that C2SP
 * signed notes hash and encode.
 */
public final class Ed25519Keys {

  /** Size of a raw Ed25519 public key (RFC 8032 section 5.1.5). */
  public static final int PUBLIC_KEY_SIZE = 32;

  /** Size of an Ed25519 signature (RFC 8032 section 5.1.6). */
  public static final int SIGNATURE_SIZE = 64;

  /**
   * DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 section 4): SEQUENCE { SEQUENCE {
   * OID 1.3.101.112 }, BIT STRING (33 bytes: 0 unused bits, then the key) }.
   */
  private static final byte[] SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private Ed25519Keys() {}

  /** The raw 32-byte encoding of an Ed25519 public key. */
  public static byte[] rawPublicKey(PublicKey key) {
    byte[] encoded = key.getEncoded();
    if (encoded == null
        || encoded.length != SPKI_PREFIX.length + PUBLIC_KEY_SIZE
        || !Arrays.equals(encoded, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
    }
    return Arrays.copyOfRange(encoded, SPKI_PREFIX.length, encoded.length);
  }

  /** A JDK public key from its raw 32-byte encoding. */
  public static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
    if (raw.length != PUBLIC_KEY_SIZE) {
      throw new java.security.InvalidKeyException("Ed25519 public key must be 32 bytes");
    }
    byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + PUBLIC_KEY_SIZE);
    System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, PUBLIC_KEY_SIZE);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
  }
}
