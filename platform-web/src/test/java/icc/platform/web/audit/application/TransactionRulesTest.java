package icc.platform.web.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditQuery;
import icc.platform.web.security.Caller;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The transaction rules of issue 5, as declared: an event joins the action's transaction and
 * refuses to run without one; denials and logins commit on their own; signing runs in a
 * transaction that starts with the tree-head lock; reads and their own audit event share one.
 */
class TransactionRulesTest {

  private static TxType of(Class<?> type, String method, Class<?>... parameters) throws Exception {
    return type.getMethod(method, parameters).getAnnotation(Transactional.class).value();
  }

  @Test
  void recordJoinsTheCallersTransactionAndNeedsOne() throws Exception {
    assertEquals(TxType.MANDATORY, of(AuditTrail.class, "record", AuditEvent.class));
  }

  @Test
  void deniedAttemptsAndLoginsCommitOnTheirOwn() throws Exception {
    assertEquals(TxType.REQUIRES_NEW, of(AuditTrail.class, "recordInOwnTransaction", AuditEvent.class));
  }

  @Test
  void checkpointsAreSignedInTheirOwnTransaction() throws Exception {
    assertEquals(TxType.REQUIRES_NEW, of(CheckpointService.class, "signIfGrown"));
    assertEquals(TxType.REQUIRES_NEW, of(CheckpointService.class, "signRequestedBy", Actor.class, String.class));
  }

  @Test
  void anAuditedReadAndItsEventShareOneTransaction() throws Exception {
    assertEquals(TxType.REQUIRED, of(AuditReader.class, "entries", Caller.class, long.class, int.class, String.class));
    assertEquals(
        TxType.REQUIRED,
        of(AuditReader.class, "export", Caller.class, long.class, int.class, Optional.class, Optional.class, String.class));
    assertEquals(TxType.REQUIRED, of(AuditSearch.class, "search", Caller.class, AuditQuery.class, int.class, String.class));
    assertEquals(TxType.REQUIRED, of(AuditSearch.class, "export", Caller.class, AuditQuery.class, Optional.class, String.class));
  }
}
