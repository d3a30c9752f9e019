package icc.platform.crypto.transparency;

/** A signed note carries no valid signature by the expected key, or a signature by that key is invalid (C2SP signed-note, section Signatures). */
public class NoteVerificationException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public NoteVerificationException(String message) {
    super(message);
  }

  public NoteVerificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
