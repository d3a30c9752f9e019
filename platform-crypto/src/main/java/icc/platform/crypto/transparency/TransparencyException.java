package icc.platform.crypto.transparency;

import icc.platform.crypto.CryptoException;

/**
 * Root of the checked exceptions of this package, so that a command line or a REST layer can
 * report any failure of the audit-log cryptography in one place; a {@link CryptoException} like
 * every failure of platform-crypto.
 */
public abstract class TransparencyException extends CryptoException {
  private static final long serialVersionUID = 1L;

  protected TransparencyException(String message) {
    super(message);
  }

  protected TransparencyException(String message, Throwable cause) {
    super(message, cause);
  }
}
