package icc.platform.crypto;

/**
 * A signature, timestamp, certificate path or revocation check failed: the data may be intact but
 * cannot be attributed to a trusted signer at a trusted time.
 */
public class VerificationException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public VerificationException(String message) {
    super(message);
  }

  public VerificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
