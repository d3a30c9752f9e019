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

  // --- Library and country profiles (issue 8, docs/library.md) ---
  /** A new library entry was contributed (its version 1 awaits moderation). */
  public static final AuditAction LIBRARY_ENTRY_CONTRIBUTE = new AuditAction("library.entry.contribute");
  /** A new version of a library entry was proposed. */
  public static final AuditAction LIBRARY_VERSION_PROPOSE = new AuditAction("library.version.propose");
  /** A reviewer approved (published) a version. */
  public static final AuditAction LIBRARY_VERSION_APPROVE = new AuditAction("library.version.approve");
  /** A reviewer rejected a version. */
  public static final AuditAction LIBRARY_VERSION_REJECT = new AuditAction("library.version.reject");
  /** A file was attached to a pending version. */
  public static final AuditAction LIBRARY_ATTACHMENT_ADD = new AuditAction("library.attachment.add");
  /** A library file was downloaded. */
  public static final AuditAction LIBRARY_ATTACHMENT_DOWNLOAD = new AuditAction("library.attachment.download");
  /** A State's focal point saved a new version of its country profile. */
  public static final AuditAction PROFILE_UPDATE = new AuditAction("profile.update");
  /** A State's focal point confirmed its country profile as current. */
  public static final AuditAction PROFILE_CONFIRM = new AuditAction("profile.confirm");

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
