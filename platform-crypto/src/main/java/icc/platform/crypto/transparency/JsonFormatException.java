package icc.platform.crypto.transparency;

/** Text is not JSON of the restricted kind the audit log accepts (RFC 8259 with the I-JSON and RFC 8785 limits: no duplicate keys, integers only). */
public class JsonFormatException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public JsonFormatException(String message) {
    super(message);
  }

  public JsonFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
