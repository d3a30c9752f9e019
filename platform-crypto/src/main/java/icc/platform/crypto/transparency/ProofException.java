package icc.platform.crypto.transparency;

/** A Merkle inclusion or consistency proof is malformed or does not verify (RFC 9162 sections 2.1.3.2 and 2.1.4.2). */
public class ProofException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public ProofException(String message) {
    super(message);
  }

  public ProofException(String message, Throwable cause) {
    super(message, cause);
  }
}
