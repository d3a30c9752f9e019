package icc.platform.web.audit.domain;

/**
 * The audit log could not be read or appended to: a database failure, or stored hashes that do
 * not fit together (corruption). Unchecked, so that it rolls back the action being recorded: no
 * audited action commits without its event.
 */
public class AuditLogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AuditLogException(String message, Throwable cause) {
    super(message, cause);
  }
}
