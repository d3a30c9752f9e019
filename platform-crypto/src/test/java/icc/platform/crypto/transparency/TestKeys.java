package icc.platform.crypto.transparency;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/** Deterministic Ed25519 keys for tests (never for production: the seed is public). */
final class TestKeys {

  /**
   * Private key of Go's golang.org/x/mod/sumdb/note documentation and tests ("PRIVATE+KEY+
   * PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"): base64 of 0x01 || seed.
   */
  static final String PETER_SEED_B64 = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";

  static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

  static final String PETER_TEXT =
      "If you think cryptography is the answer to your problem,\n"
          + "then you don't know what your problem is.\n";

  static final String PETER_NOTE =
      PETER_TEXT
          + "\n"
          + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

  private TestKeys() {}

  static KeyPair peterNeumann() throws GeneralSecurityException {
    byte[] typeAndSeed = Base64.getDecoder().decode(PETER_SEED_B64);
    return fromSeed(Arrays.copyOfRange(typeAndSeed, 1, typeAndSeed.length));
  }

  /** A key pair whose 32-byte seed is {@code fill} repeated. */
  static KeyPair fromByte(int fill) throws GeneralSecurityException {
    byte[] seed = new byte[32];
    Arrays.fill(seed, (byte) fill);
    return fromSeed(seed);
  }

  /**
   * The JDK derives an Ed25519 key pair from 32 bytes of its SecureRandom (RFC 8032 section
   * 5.1.5 private key); feeding it the seed gives the key pair of that seed.
   */
  static KeyPair fromSeed(byte[] seed) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
    return generator.generateKeyPair();
  }

  static NoteSigner signer(String name, KeyPair pair) {
    return new NoteSigner(name, pair.getPrivate(), pair.getPublic());
  }

  private static final class FixedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    FixedRandom(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("unexpected request for " + bytes.length + " bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }
}
