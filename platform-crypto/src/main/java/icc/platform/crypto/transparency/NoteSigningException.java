package icc.platform.crypto.transparency;

/** The signing key (or its JCA provider, e.g. an HSM) failed to sign a note. */
public class NoteSigningException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public NoteSigningException(String message) {
    super(message);
  }

  public NoteSigningException(String message, Throwable cause) {
    super(message, cause);
  }
}
