package icc.platform.crypto;

/**
 * The one checked exception every operation of this library declares. Callers catch this (or a
 * subclass) and nothing else: malformed input never escapes as a runtime exception.
 */
public class CryptoException extends Exception {
  private static final long serialVersionUID = 1L;

  public CryptoException(String message) {
    super(message);
  }

  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
