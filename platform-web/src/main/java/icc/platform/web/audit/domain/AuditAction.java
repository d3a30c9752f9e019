package icc.platform.web.audit.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What was done or attempted, as a dotted lower-case name ({@code auth.web-login}, {@code
 * audit.entries.read}). A closed vocabulary of constants keeps events comparable over the years;
 * features add their own names here.
 */
public record AuditAction(String name) {

  public static final int MAX_LENGTH = 64;
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  /** A person logged in to the web application (outcome success or failure). */
  public static final AuditAction WEB_LOGIN = new AuditAction("auth.web-login");
  /** A person logged out of the web application. */
  public static final AuditAction WEB_LOGOUT = new AuditAction("auth.web-logout");
  /** An API operation was called; recorded when the call was refused (401, 403, 404). */
  public static final AuditAction API_CALL = new AuditAction("api.call");
  /** Audit events were read through the API. */
  public static final AuditAction AUDIT_ENTRIES_READ = new AuditAction("audit.entries.read");
  /** An audit export was downloaded. */
  public static final AuditAction AUDIT_EXPORT = new AuditAction("audit.export");
  /** An auditor asked the platform to sign a checkpoint now. */
  public static final AuditAction AUDIT_CHECKPOINT_SIGN = new AuditAction("audit.checkpoint.sign");

  /** A platform administrator onboarded a new State (realm, registry entry, first administrator). */
  public static final AuditAction ORGANISATION_ONBOARD = new AuditAction("organisation.onboard");
  /** A platform administrator suspended an organisation's access. */
  public static final AuditAction ORGANISATION_SUSPEND = new AuditAction("organisation.suspend");
  /** A platform administrator gave a suspended organisation its access back. */
  public static final AuditAction ORGANISATION_REINSTATE = new AuditAction("organisation.reinstate");

  /** An organisation's administrator created an account in its realm. */
  public static final AuditAction ACCOUNT_CREATE = new AuditAction("account.create");
  /** An organisation's administrator changed an account's roles. */
  public static final AuditAction ACCOUNT_ROLES = new AuditAction("account.roles");
  /** An organisation's administrator disabled an account. */
  public static final AuditAction ACCOUNT_DISABLE = new AuditAction("account.disable");
  /** An organisation's administrator enabled an account again. */
  public static final AuditAction ACCOUNT_ENABLE = new AuditAction("account.enable");
  /** An organisation's administrator gave an account a new one-time password. */
  public static final AuditAction ACCOUNT_PASSWORD_RESET = new AuditAction("account.password-reset");

  public AuditAction {
    Objects.requireNonNull(name, "name");
    if (name.length() > MAX_LENGTH || !FORM.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "an audit action is a dotted lower-case name of at most " + MAX_LENGTH
              + " characters, e.g. auth.web-login: " + name);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
