package icc.platform.web.audit.domain;

import java.util.Locale;

/** How an audited action ended. */
public enum AuditOutcome {
  /** The action was done. */
  SUCCESS,
  /** The action was attempted by someone allowed to, and failed (e.g. a login that did not verify). */
  FAILURE,
  /** The platform refused the action: not authenticated, not allowed, or not theirs (401/403/404). */
  DENIED;

  /** The value in the canonical event, e.g. {@code denied}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
