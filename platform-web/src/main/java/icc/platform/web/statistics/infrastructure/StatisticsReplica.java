package icc.platform.web.statistics.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * This server's exact copy of the statistics columns ({@link StatisticsFacts}), brought up to
 * date before every computation (docs/statistics.md "Where the figures come from"):
 *
 * <ol>
 *   <li>read {@code statistics_version.version} (one primary-key read); if the copy holds that
 *       version, compute;
 *   <li>otherwise, in one read-only REPEATABLE READ transaction (one snapshot): read the version
 *       {@code V} again, the change log rows ({@code statistics_change}, V71) with a version after
 *       the copy's and up to {@code V}, and the changed rows by their keys (a key not found is a
 *       deleted row); apply them under the write lock; the copy now holds {@code V}. The triggers
 *       give out versions in commit order, one per change, so a snapshot that shows {@code V}
 *       shows every change up to {@code V};
 *   <li>load everything instead (in one snapshot as well) at first use, when a version in the
 *       range is missing from the log (pruned: {@link StatisticsReplicaSchedule}), when more than
 *       {@link #INCREMENTAL_LIMIT} changes are due, or when the database's version is behind
 *       the copy's (a restored database).
 * </ol>
 *
 * Computations run under the read lock, so they never see a change set half applied. One
 * refresh at a time (others wait for it and then find the copy current). Each server has its
 * own copy; all read the shared version row and log, so a change on one node shows on every
 * node at its next call.
 */
@ApplicationScoped
public class StatisticsReplica {

  private static final System.Logger LOG = System.getLogger(StatisticsReplica.class.getName());

  /** Beyond this many changes, loading everything is cheaper than reloading rows by key. */
  static final int INCREMENTAL_LIMIT = 20_000;
  private static final int IDS_PER_STATEMENT = 500;

  @Resource(lookup = "jdbc/platform")
  DataSource dataSource;

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile StatisticsFacts facts;

  /**
   * {@code query} over a copy that holds at least the data committed before this call. Outside
   * the caller's transaction: the refresh needs a snapshot of its own.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public <T> T read(Function<StatisticsFacts, T> query) {
    long current = currentVersion();
    StatisticsFacts f = facts;
    if (f == null || f.version() != current) {
      refresh(current);
    }
    lock.readLock().lock();
    try {
      return query.apply(facts);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Loads or refreshes the copy now (at deployment, so that the first user does not wait). */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void warmUp() {
    refresh(currentVersion());
  }

  private long currentVersion() {
    try (Connection c = dataSource.getConnection()) {
      return version(c);
    } catch (SQLException e) {
      throw new IllegalStateException("statistics version not read: " + e.getMessage(), e);
    }
  }

  private static long version(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT version FROM statistics_version WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("statistics_version has no row (V70)");
      }
      return rs.getLong(1);
    }
  }


  private void refresh(long seen) {
    refreshing.lock();
    try {
      StatisticsFacts f = facts;
      if (f != null && f.version() == seen) {
        return; // brought up to date by another call meanwhile
      }
      long start = System.nanoTime();
      try (Connection c = dataSource.getConnection()) {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try {
          refresh(c, f, start);
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setReadOnly(false);
          c.setTransactionIsolation(isolation);
          c.setAutoCommit(autoCommit);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("statistics copy not refreshed: " + e.getMessage(), e);
    } finally {
      refreshing.unlock();
    }
  }

  /** Inside the snapshot transaction. */
  private void refresh(Connection c, StatisticsFacts f, long start) throws SQLException {
    long version = version(c);
    if (f != null && version == f.version()) {
      return;
    }
    if (f == null || version < f.version() || version - f.version() > INCREMENTAL_LIMIT) {
      loadAll(c, version, start, f == null ? "first load" : version < f.version() ? "database behind the copy" : "many changes");
      return;
    }
    Map<Character, Set<String>> changed = new HashMap<>();
    Set<Long> versions = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT version, table_code, row_id FROM statistics_change WHERE version > ? AND version <= ?")) {
      s.setLong(1, f.version());
      s.setLong(2, version);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          versions.add(rs.getLong(1));
          changed.computeIfAbsent(rs.getString(2).charAt(0), k -> new LinkedHashSet<>()).add(rs.getString(3));
        }
      }
    }
    if (versions.size() != version - f.version()) {
      // Part of the range was pruned (or logged by no trigger): the log cannot say what changed.
      loadAll(c, version, start, "log pruned past the copy (" + versions.size() + " of " + (version - f.version()) + " versions)");
      return;
    }
    Set<String> requestIds = changed.getOrDefault('R', Set.of());
    Set<String> assetIds = changed.getOrDefault('A', Set.of());
    Set<String> challengeIds = changed.getOrDefault('C', Set.of());
    List<StatisticsFacts.RequestRow> requests = new ArrayList<>();
    List<StatisticsFacts.AssetRow> assets = new ArrayList<>();
    List<StatisticsFacts.ChallengeRow> challenges = new ArrayList<>();
    forIds(c, REQUESTS, "thread_id", requestIds, rs -> requests.add(request(rs)));
    forIds(c, ASSETS, "id", assetIds, rs -> assets.add(asset(rs)));
    forIds(c, CHALLENGES, "id", challengeIds, rs -> challenges.add(challenge(rs)));
    Map<String, String> regions = changed.containsKey('G') ? regions(c) : null;
    lock.writeLock().lock();
    try {
      Set<String> gone = new HashSet<>(requestIds);
      for (StatisticsFacts.RequestRow r : requests) {
        f.putRequest(r);
        gone.remove(r.id());
      }
      gone.forEach(f::removeRequest);
      gone = new HashSet<>(assetIds);
      for (StatisticsFacts.AssetRow a : assets) {
        f.putAsset(a);
        gone.remove(a.id());
      }
      gone.forEach(f::removeAsset);
      gone = new HashSet<>(challengeIds);
      for (StatisticsFacts.ChallengeRow ch : challenges) {
        f.putChallenge(ch);
        gone.remove(ch.id());
      }
      gone.forEach(f::removeChallenge);
      if (regions != null) {
        f.regions(regions);
      }
      f.reindex();
      f.version(version);
    } finally {
      lock.writeLock().unlock();
    }
    int n = requestIds.size() + assetIds.size() + challengeIds.size();
    long micros = (System.nanoTime() - start) / 1_000;
    LOG.log(Level.DEBUG, "Statistics copy at version {0}: {1} changed rows reread in {2} µs", version, n, micros);
  }

  private void loadAll(Connection c, long version, long start, String why) throws SQLException {
    StatisticsFacts fresh = new StatisticsFacts();
    fresh.regions(regions(c));
    forAll(c, REQUESTS, rs -> fresh.putRequest(request(rs)));
    forAll(c, ASSETS + " WHERE status IN ('IDENTIFIED', 'TRACED', 'FROZEN', 'SEIZED', 'TRANSFERRED')",
        rs -> fresh.putAsset(asset(rs)));
    forAll(c, CHALLENGES, rs -> fresh.putChallenge(challenge(rs)));
    fresh.reindex();
    fresh.version(version);
    lock.writeLock().lock();
    try {
      facts = fresh;
    } finally {
      lock.writeLock().unlock();
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    LOG.log(Level.INFO, "Statistics copy loaded at version {0} ({1}): {2} requests in {3} ms", version, why,
        fresh.requestCount(), ms);
  }

  /** Times as epoch milliseconds (the columns hold UTC; independent of the session's time zone). */
  private static final String MILLIS = "TIMESTAMPDIFF(MICROSECOND, TIMESTAMP'1970-01-01 00:00:00', %s) DIV 1000";
  private static final String REQUESTS = "SELECT thread_id, requested_org, request_type, status, "
      + MILLIS.formatted("submitted_at") + ", " + MILLIS.formatted("acknowledged_at") + ", "
      + MILLIS.formatted("closed_at") + ", DATEDIFF(deadline, DATE'1970-01-01') FROM cooperation_request";
  private static final String ASSETS = "SELECT id, request_id, status, currency, estimated_value FROM cooperation_asset";
  private static final String CHALLENGES = "SELECT id, request_id, code, " + MILLIS.formatted("recorded_at")
      + " FROM cooperation_challenge";

  private static StatisticsFacts.RequestRow request(ResultSet rs) throws SQLException {
    return new StatisticsFacts.RequestRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        millis(rs, 5), millis(rs, 6), millis(rs, 7), day(rs, 8));
  }

  private static StatisticsFacts.AssetRow asset(ResultSet rs) throws SQLException {
    return new StatisticsFacts.AssetRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getBigDecimal(5));
  }

  private static StatisticsFacts.ChallengeRow challenge(ResultSet rs) throws SQLException {
    return new StatisticsFacts.ChallengeRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
  }

  private static long millis(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? StatisticsFacts.NONE : v;
  }

  private static int day(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? StatisticsFacts.NO_DAY : v;
  }

  private static Map<String, String> regions(Connection c) throws SQLException {
    Map<String, String> map = new HashMap<>();
    forAll(c, "SELECT state_code, region_group FROM un_regional_group", rs -> map.put(rs.getString(1), rs.getString(2)));
    return map;
  }

  private interface RowHandler {
    void row(ResultSet rs) throws SQLException;
  }

  private static void forAll(Connection c, String sql, RowHandler handler) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        handler.row(rs);
      }
    }
  }

  private static void forIds(Connection c, String select, String key, Set<String> ids, RowHandler handler)
      throws SQLException {
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
      List<String> part = all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT));
      String sql = select + " WHERE " + key + " IN (" + String.join(", ", part.stream().map(x -> "?").toList()) + ")";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < part.size(); i++) {
          s.setString(i + 1, part.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            handler.row(rs);
          }
        }
      }
    }
  }
}
