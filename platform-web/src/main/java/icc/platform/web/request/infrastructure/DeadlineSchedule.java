package icc.platform.web.request.infrastructure;

import icc.platform.web.request.application.DeadlineScan;
import icc.platform.web.request.application.RequestClock;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * Runs the deadline scan every hour (and once at deployment), like {@code CheckpointSchedule}:
 * non-persistent timers on every node; {@link DeadlineScan} re-checks each request under its row
 * lock, so a request is flagged and reminded once per cluster.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineSchedule {

  private static final System.Logger LOG = System.getLogger(DeadlineSchedule.class.getName());

  @Inject DeadlineScan scan;
  @Inject RequestClock clock;

  @Schedule(minute = "17", hour = "*", persistent = false, info = "request deadlines")
  void hourly() {
    try {
      DeadlineScan.Result r = scan.run(clock.now());
      LOG.log(Level.DEBUG, "Deadline scan: {0} reminded, {1} flagged overdue", r.reminded().size(), r.flagged().size());
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "The request deadline scan failed", e);
    }
  }
}
