package icc.platform.crypto;

/**
 * Authenticated data failed to authenticate: an AEAD tag did not verify, segments were reordered,
 * dropped or truncated, or the key was wrong (AEAD cannot tell those apart, on purpose).
 */
public class IntegrityException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public IntegrityException(String message) {
    super(message);
  }

  public IntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
