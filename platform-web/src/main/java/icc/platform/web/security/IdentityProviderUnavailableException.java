package icc.platform.web.security;

/** The realm of a registered organisation could not be reached to fetch its keys or metadata. */
public class IdentityProviderUnavailableException extends Exception {

  public IdentityProviderUnavailableException(String issuer, Throwable cause) {
    super("The identity provider " + issuer + " cannot be reached right now", cause);
  }
}
