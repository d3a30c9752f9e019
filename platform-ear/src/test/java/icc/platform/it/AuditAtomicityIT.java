package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditLog;
import icc.platform.web.audit.domain.AuditOutcome;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Atomicity of the audit trail in the container, on the test stack's MariaDB and its live log:
 * an action that fails after {@link AuditTrail#record} leaves no event, no tree node and no
 * grown tree head; the next committed event takes the very index the failed one had (no gap).
 * Arquillian deploys the audit classes with a probe bean to the running Payara.
 */
@ExtendWith(ArquillianExtension.class)
class AuditAtomicityIT {

  @Deployment
  static WebArchive audit() {
    return AuditDeployment.create();
  }

  @Inject AuditAtomicityProbe probe;
  @Inject AuditTrail trail;
  @Inject AuditLog log;

  @Resource(lookup = "jdbc/platform")
  DataSource db;

  @Test
  void anActionThatFailsAfterRecordingLeavesNoEventAndNoGap() throws Exception {
    String failed = "failed-" + UUID.randomUUID();
    long before = log.size();

    RuntimeException e = assertThrows(RuntimeException.class, () -> probe.recordThenFail(failed));
    assertTrue(e.getMessage().contains("leaf index " + before), e.getMessage());

    assertEquals(before, log.size(), "the tree head did not grow");
    assertEquals(0, count("SELECT count(*) FROM audit_event WHERE leaf_index >= ?", before), "no event row");
    assertEquals(0, count("SELECT count(*) FROM audit_node WHERE level = 0 AND idx >= ?", before), "no leaf node");
    assertEquals(0, count("SELECT count(*) FROM audit_event WHERE event_data LIKE CONCAT('%', ?, '%')", failed));

    String committed = "committed-" + UUID.randomUUID();
    long index = probe.recordAndCommit(committed);
    assertEquals(before, index, "the next event takes the failed one's index: no gap");
    assertEquals(before + 1, log.size());
    assertEquals(1, count("SELECT count(*) FROM audit_event WHERE event_data LIKE CONCAT('%', ?, '%')", committed));
    assertEquals(0, count("SELECT count(*) FROM audit_event WHERE event_data LIKE CONCAT('%', ?, '%')", failed));
  }

  @Test
  void recordingOutsideATransactionIsRefused() {
    long before = log.size();
    AuditEvent event = AuditEvent.of(AuditAtomicityProbe.ACTION, AuditOutcome.SUCCESS, Actor.anonymous()).build();
    assertThrows(TransactionalException.class, () -> trail.record(event));
    assertEquals(before, log.size());
  }

  private long count(String sql, Object parameter) throws Exception {
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, parameter);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
