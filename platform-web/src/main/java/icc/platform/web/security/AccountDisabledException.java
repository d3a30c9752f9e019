package icc.platform.web.security;

/** A valid token of an account that its organisation's administrator has disabled. */
public class AccountDisabledException extends Exception {

  public AccountDisabledException() {
    super("This account is disabled by its organisation's administrator");
  }
}
