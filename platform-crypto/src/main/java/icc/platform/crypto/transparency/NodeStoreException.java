package icc.platform.crypto.transparency;

/** A {@link NodeStore} could not read or write the hashes of the tree, or found them missing or out of order (a sign of corruption or of a concurrent append). */
public class NodeStoreException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public NodeStoreException(String message) {
    super(message);
  }

  public NodeStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
