package icc.platform.crypto;

/** The input does not parse as the expected structure (garbage, truncated header, wrong magic). */
public class MalformedDataException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public MalformedDataException(String message) {
    super(message);
  }

  public MalformedDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
