package icc.platform.it;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A light stand-in action for {@link AuditOverheadBenchmark}: one indexed read of the registry in
 * a JTA transaction, with or without its audit event (what a feature's action adds by calling
 * {@link AuditTrail#record}: the tree-head lock, 1 + trailing-ones node rows, one event row).
 */
@ApplicationScoped
public class AuditBenchmarkProbe {

  static final AuditAction ACTION = new AuditAction("test.benchmark");

  @Inject AuditTrail trail;

  @Resource(lookup = "jdbc/platform")
  DataSource db;

  @Transactional
  public void action(boolean audited, int n) {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT name FROM organisation WHERE code = ?")) {
      s.setString(1, "NL");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    if (audited) {
      trail.record(AuditEvent.of(ACTION, AuditOutcome.SUCCESS, Actor.anonymous())
          .about(new AuditObject("test", "benchmark-" + n))
          .build());
    }
  }
}
