package icc.platform.it;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A stand-in for a feature inside the container: it records its event with {@link
 * AuditTrail#record} in its own business transaction, then its action fails (or succeeds).
 */
@ApplicationScoped
public class AuditAtomicityProbe {

  /** Thrown by the failing action; unchecked, so the transaction rolls back. */
  public static final class ActionFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ActionFailed(long leafIndex) {
      super("the action failed after its event got leaf index " + leafIndex);
    }
  }

  static final AuditAction ACTION = new AuditAction("test.atomicity-probe");

  @Inject AuditTrail trail;

  @Transactional
  public long recordThenFail(String marker) {
    long index = trail.record(event(marker, AuditOutcome.SUCCESS));
    throw new ActionFailed(index);
  }

  @Transactional
  public long recordAndCommit(String marker) {
    return trail.record(event(marker, AuditOutcome.SUCCESS));
  }

  private static AuditEvent event(String marker, AuditOutcome outcome) {
    return AuditEvent.of(ACTION, outcome, Actor.anonymous())
        .about(new AuditObject("test", marker))
        .build();
  }
}
