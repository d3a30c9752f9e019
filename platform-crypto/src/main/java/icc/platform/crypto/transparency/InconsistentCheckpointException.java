package icc.platform.crypto.transparency;

/** The checkpoint signer refused a checkpoint: C2SP tlog-checkpoint says a log MUST NOT sign a checkpoint inconsistent with any checkpoint it previously signed. */
public class InconsistentCheckpointException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public InconsistentCheckpointException(String message) {
    super(message);
  }

  public InconsistentCheckpointException(String message, Throwable cause) {
    super(message, cause);
  }
}
