package icc.platform.web.audit.application;

/**
 * A request for audit data with a parameter out of range (e.g. a tree size larger than the log).
 * Checked here, before the Merkle library would throw an {@link IllegalArgumentException}, so the
 * caller gets a 400 that names the parameter.
 */
public class InvalidAuditRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  public InvalidAuditRequestException(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
