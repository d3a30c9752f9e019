package icc.platform.web.security;

/**
 * A bearer or ID token that the platform does not accept: not a signed JWT, unknown issuer, bad
 * signature, wrong audience, expired... The message is safe to show to the caller: it names the
 * rule that failed, never key material.
 */
public class TokenRejectedException extends Exception {

  public TokenRejectedException(String message) {
    super(message);
  }

  public TokenRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
