package icc.platform.web.audit.application;

/** The caller's roles give no access to audit events (only auditors and focal points have it). */
public class AuditAccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AuditAccessDeniedException() {
    super("Only auditors and focal points may read audit events");
  }
}
