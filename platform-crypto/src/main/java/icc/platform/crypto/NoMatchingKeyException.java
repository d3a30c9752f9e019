package icc.platform.crypto;

/** None of the caller's private keys belongs to a recipient of the key envelope. */
public class NoMatchingKeyException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public NoMatchingKeyException(String message) {
    super(message);
  }
}
