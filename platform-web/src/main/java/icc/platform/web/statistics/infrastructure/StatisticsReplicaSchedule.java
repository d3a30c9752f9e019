package icc.platform.web.statistics.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Loads this server's statistics copy at deployment (so the first user does not wait for it)
 * and prunes the change log ({@code statistics_change}, V71) of rows older than a day, every
 * hour, like the other schedules: non-persistent timers on every node (deleting what another
 * node already deleted is harmless). A node whose copy is older than the pruned part of the log
 * sees a version missing and loads everything (StatisticsReplica).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsReplicaSchedule {

  private static final System.Logger LOG = System.getLogger(StatisticsReplicaSchedule.class.getName());

  /** Rows deleted per statement, so that pruning never holds many locks for long. */
  static final int PRUNE_BATCH = 10_000;

  @Inject StatisticsReplica replica;

  @Resource(lookup = "jdbc/platform")
  DataSource dataSource;

  @PostConstruct
  void load() {
    try {
      replica.warmUp();
    } catch (RuntimeException e) {
      // The statistics must not stop the platform from starting; the first call loads it then.
      LOG.log(Level.WARNING, "Statistics copy not loaded at deployment: " + e.getMessage(), e);
    }
  }

  @Schedule(minute = "41", hour = "*", persistent = false, info = "statistics change log pruning")
  void hourly() {
    try {
      LOG.log(Level.DEBUG, "Statistics change log: {0} rows older than a day pruned", prune());
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.ERROR, "Pruning the statistics change log failed", e);
    }
  }

  /** Deletes the log rows older than a day; returns how many. */
  long prune() throws SQLException {
    long total = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "DELETE FROM statistics_change WHERE changed_at < UTC_TIMESTAMP(3) - INTERVAL 1 DAY LIMIT " + PRUNE_BATCH)) {
      int n;
      do {
        n = s.executeUpdate();
        total += n;
      } while (n == PRUNE_BATCH);
    }
    return total;
  }
}
