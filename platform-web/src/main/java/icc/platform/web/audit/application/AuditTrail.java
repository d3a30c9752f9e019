package icc.platform.web.audit.application;

import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The one entry point through which features record audit events (DESIGN.md section 5: "every
 * state-changing action, every access to content and every denied attempt appends an event in
 * the same database transaction as the action itself").
 *
 * <ul>
 *   <li>{@link #record} joins the caller's transaction and refuses to run without one
 *       ({@code MANDATORY}): the event commits exactly when the action does, and vanishes if the
 *       action rolls back. A failure to record rolls the action back: no unaudited action.
 *   <li>{@link #recordInOwnTransaction} commits the event on its own ({@code REQUIRES_NEW}), for
 *       what has no transaction of its own or must be kept although the request fails: denied
 *       attempts (401, 403, 404), web logins and logouts.
 * </ul>
 *
 * Both wait for the log's tree-head row lock, so appends are serialised in the database.
 */
@ApplicationScoped
public class AuditTrail {

  @Inject AuditLog log;

  /**
   * Appends the event in the caller's transaction.
   *
   * @return the event's leaf index (final once the transaction commits)
   * @throws jakarta.transaction.TransactionalException if no transaction is active
   */
  @Transactional(TxType.MANDATORY)
  public long record(AuditEvent event) {
    return log.append(event);
  }

  /** Appends the event and commits it at once, whatever becomes of the caller's work. */
  @Transactional(TxType.REQUIRES_NEW)
  public long recordInOwnTransaction(AuditEvent event) {
    return log.append(event);
  }
}
