package icc.platform.web.audit.application;

import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import java.util.Optional;

/**
 * Which audit events a caller may read. An auditor (realm {@code platform}) reads all of them; a
 * State's focal point reads only those concerning its own organisation, never another State's
 * (DESIGN.md section 2: no organisation sees what concerns another). Nobody else reads events.
 *
 * @param organisationCode the one organisation whose events may be read, or empty for all
 */
public record ReadScope(Optional<String> organisationCode) {

  public static ReadScope of(Caller caller) {
    if (caller.hasRole(PlatformRole.AUDITOR_NAME)) {
      return new ReadScope(Optional.empty());
    }
    if (caller.hasRole(PlatformRole.FOCAL_POINT_NAME)) {
      return new ReadScope(Optional.of(caller.organisationCode()));
    }
    throw new AuditAccessDeniedException();
  }

  /** The scope as written in the audit event of the read, e.g. {@code all} or {@code NL}. */
  public String describe() {
    return organisationCode.orElse("all");
  }
}
