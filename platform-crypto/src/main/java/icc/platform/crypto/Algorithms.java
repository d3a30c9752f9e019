package icc.platform.crypto;

/**
 * Algorithm choices of the platform in one place; docs/crypto.md explains each choice.
 */
public final class Algorithms {
  /** Named curve of every organisation key (signature and key agreement): NIST P-384. */
  public static final String CURVE = "secp384r1";

  /**
   * JCA name of the signature algorithm. SHA-256 rather than SHA-384: the document digest is
   * SHA-256 (hardware SHA-NI makes it 2 GB/s here), and RFC 5652 section 5.4 hashes the signed
   * attributes with the same digest algorithm as the content, which OpenSSL enforces.
   */
  public static final String SIGNATURE = "SHA256withECDSA";

  /** JCA name of the document digest (SunJCE, hardware accelerated). */
  public static final String DIGEST = "SHA-256";

  private Algorithms() {}
}
