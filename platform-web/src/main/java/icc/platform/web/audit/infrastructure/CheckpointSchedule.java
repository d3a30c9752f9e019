package icc.platform.web.audit.infrastructure;

import icc.platform.web.audit.application.CheckpointService;
import icc.platform.web.audit.domain.SignedCheckpoint;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * Signs a checkpoint at deployment and every five minutes if the log grew (DESIGN.md section 5:
 * "The platform signs tree heads (checkpoints) at an interval"). The timer fires on every node of
 * a cluster; {@link CheckpointService#signIfGrown()} takes the tree-head row lock, so one node
 * signs and the others find the checkpoint already there: once per cluster, without a lease table
 * and without a JVM lock. Non-persistent timers: a missed tick is simply the next one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckpointSchedule {

  private static final System.Logger LOG = System.getLogger(CheckpointSchedule.class.getName());

  @Inject CheckpointService checkpoints;

  @PostConstruct
  void atDeployment() {
    signIfGrown();
  }

  @Schedule(minute = "*/5", hour = "*", persistent = false, info = "audit checkpoint")
  void everyFiveMinutes() {
    signIfGrown();
  }

  private void signIfGrown() {
    try {
      SignedCheckpoint checkpoint = checkpoints.signIfGrown();
      LOG.log(Level.DEBUG, "Audit checkpoint at tree size {0}", checkpoint.treeSize());
    } catch (RuntimeException e) {
      // Keep the application up (events are still recorded); operators must see it.
      LOG.log(Level.ERROR, "Signing the audit checkpoint failed", e);
    }
  }
}
