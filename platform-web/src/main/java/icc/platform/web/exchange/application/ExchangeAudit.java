package icc.platform.web.exchange.application;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;

/**
 * Audit events of the exchange: identifiers, hashes and short facts only, never subjects, texts
 * or file names (they are content).
 */
@ApplicationScoped
public class ExchangeAudit {

  @Inject AuditTrail trail;

  /** Records a successful action in the caller's transaction (commits or rolls back with it). */
  public void success(Requester r, AuditAction action, String type, String id, String documentHash, Map<String, ?> details) {
    trail.record(event(r, action, AuditOutcome.SUCCESS, type, id, documentHash, details));
  }

  /** Records a refusal or failure on its own, whatever becomes of the request. */
  public void refusedOnItsOwn(Requester r, AuditAction action, AuditOutcome outcome, String type, String id, String documentHash,
      Map<String, ?> details) {
    trail.recordInOwnTransaction(event(r, action, outcome, type, id, documentHash, details));
  }

  private static AuditEvent event(Requester r, AuditAction action, AuditOutcome outcome, String type, String id,
      String documentHash, Map<String, ?> details) {
    AuditEvent.Builder b = AuditEvent.of(action, outcome, r.actor()).from(r.address()).document(documentHash);
    if (type != null && id != null) {
      b.about(new AuditObject(type, id));
    }
    new TreeMap<>(details).forEach(b::detail);
    return b.build();
  }
}
