package icc.platform.crypto.transparency;

/** An audit export does not follow the format of {@code audit-export-format.md}. */
public class ExportFormatException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public ExportFormatException(String message) {
    super(message);
  }

  public ExportFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
