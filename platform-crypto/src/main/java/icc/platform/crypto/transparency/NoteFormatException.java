package icc.platform.crypto.transparency;

/** Text that should be a C2SP signed note, a tlog-checkpoint body or a verifier key (vkey) is malformed. */
public class NoteFormatException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public NoteFormatException(String message) {
    super(message);
  }

  public NoteFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
