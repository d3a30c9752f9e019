package icc.platform.web.statistics.infrastructure;

import icc.platform.web.statistics.domain.AssetStep;
import icc.platform.web.statistics.domain.FigureRow;
import icc.platform.web.statistics.domain.GroupBy;
import icc.platform.web.statistics.domain.StatisticsFilter;
import icc.platform.web.statistics.domain.StatisticsRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import icc.platform.web.statistics.domain.Percentile;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The figures by SQL over {@code cooperation_request}, {@code cooperation_asset} and
 * {@code cooperation_challenge} (V30), joined to {@code un_regional_group} (V40). The statements
 * are assembled from fixed fragments chosen by enums; every value from a caller is a bound
 * parameter. Percentiles are nearest rank (docs/statistics.md), taken here over the durations of
 * the selection. A result is reused while the data version (V70) says the live rows it was
 * computed from are unchanged ({@link FigureCache}). Runs in the caller's transaction when there is one.
 */
@ApplicationScoped
public class SqlStatisticsRepository implements StatisticsRepository {

  @Resource(lookup = "jdbc/platform")
  DataSource dataSource;

  private final FigureCache cache = new FigureCache();

  /**
   * The version of the data the figures are computed from (V70, bumped by triggers in the
   * transaction of every change), read before computing so a cached result is never labelled
   * with a version newer than the data it saw.
   */
  FigureCache.DataVersion version() {
    List<FigureCache.DataVersion> v = run("SELECT version, max_event_at FROM statistics_version WHERE id = 1", List.of(),
        rs -> new FigureCache.DataVersion(rs.getLong(1), rs.getObject(2, LocalDateTime.class)));
    if (v.isEmpty()) {
      throw new IllegalStateException("statistics_version has no row (V70)");
    }
    return v.get(0);
  }

  /** State code to UN regional group (V40), for groupBy=REGION; reread when the data version changes. */
  private Map<String, String> regions() {
    FigureCache.DataVersion data = version();
    return cache.get(new FigureCache.Key("regions", null, null, false), data.version(), null,
        FigureCache.Stamp.timeless(data), () -> {
          Map<String, String> map = new java.util.HashMap<>();
          run("SELECT state_code, region_group FROM un_regional_group", List.of(), rs -> map.put(rs.getString(1).toUpperCase(java.util.Locale.ROOT), rs.getString(2)));
          return Map.copyOf(map);
        });
  }

  /**
   * The row's group: itself, or for groupBy=REGION its State's group (NONE for a State without
   * one; codes compared without case, as the SQL join's collation did).
   */
  private static String regionOf(Map<String, String> regions, String group) {
    return regions == null ? group : regions.getOrDefault(group.toUpperCase(java.util.Locale.ROOT), "NONE");
  }

  /** The requests' columns every cell needs, as bits (one pass over the selection, folded here). */
  private static final int ACKNOWLEDGED = 1;
  private static final int EXECUTED = 2;
  private static final int PARTIALLY_EXECUTED = 4;
  private static final int DECLINED = 8;
  private static final int WITHDRAWN = 16;
  private static final int WITH_DEADLINE = 32;
  private static final int PAST_DEADLINE = 64;

  @Override
  public RequestCells requests(StatisticsFilter filter, UnitRule units, Instant now, boolean withTimes) {
    LocalDateTime cutoffNow = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    FigureCache.DataVersion data = version();
    return cache.get(new FigureCache.Key("requests", filter, units, withTimes), data.version(), cutoffNow,
        FigureCache.Stamp.cutOff(data, filter.endExclusive().atStartOfDay(), cutoffNow),
        () -> computeRequests(filter, units, now, withTimes));
  }

  /**
   * One pass over the selection (the covering index ix_cooperation_request_statistics, V41): per
   * request its cell, its State, its outcome by the cell's cut-off as bits, and its two
   * durations; counted and ranked here. This replaces a grouped statement for the counts plus a
   * second pass for the durations: MariaDB evaluated the grouped one in a temporary table, and
   * its PERCENTILE_DISC window functions took seconds at 100,000 requests and gave a wrong value
   * for OVER () beside partitioned windows (MariaDB 11.4, found by StatisticsApiIT). The
   * definitions are docs/statistics.md's, unchanged.
   */
  RequestCells computeRequests(StatisticsFilter filter, UnitRule units, Instant now, boolean withTimes) {
    Map<String, String> regions = filter.groupBy() == GroupBy.REGION ? regions() : null;
    Query q = new Query(filter, units);
    String sql = "SELECT unit, grp, requested_org,"
        + " IFNULL(acknowledged_at < cutoff, 0)"
        + " + IFNULL(closed_at < cutoff, 0) * CASE status WHEN 'EXECUTED' THEN " + EXECUTED
        + " WHEN 'PARTIALLY_EXECUTED' THEN " + PARTIALLY_EXECUTED + " WHEN 'DECLINED' THEN " + DECLINED
        + " WHEN 'WITHDRAWN' THEN " + WITHDRAWN + " ELSE 0 END"
        + " + (deadline IS NOT NULL) * " + WITH_DEADLINE
        + " + IFNULL(deadline IS NOT NULL AND LEAST(COALESCE(closed_at, cutoff), cutoff) >= deadline + INTERVAL 1 DAY, 0) * "
        + PAST_DEADLINE + ","
        + (withTimes
            ? " TIMESTAMPDIFF(SECOND, submitted_at, acknowledged_at), TIMESTAMPDIFF(SECOND, submitted_at, closed_at)"
            : " NULL, NULL")
        + " FROM (SELECT r.requested_org, r.status, r.submitted_at, r.acknowledged_at, r.closed_at, r.deadline, "
        + q.unit() + " AS unit, " + q.group() + " AS grp, " + q.cutoff(now) + " AS cutoff"
        + q.from() + q.where() + ") x";
    Map<String, Cell> cells = new LinkedHashMap<>();
    Samples acknowledgeAll = new Samples(null, FigureRow.TOTAL);
    Samples executeAll = new Samples(null, FigureRow.TOTAL);
    run(sql, q.params(), rs -> {
      String unit = rs.getString(1);
      String group = regionOf(regions, rs.getString(2));
      Cell cell = cells.get(unit + "\u0000" + group);
      if (cell == null) {
        cell = new Cell(unit, group);
        cells.put(unit + "\u0000" + group, cell);
      }
      cell.states.add(rs.getString(3));
      int bits = rs.getInt(4);
      cell.add(bits);
      if (withTimes) {
        long ack = rs.getLong(5);
        if ((bits & ACKNOWLEDGED) != 0 && !rs.wasNull()) {
          cell.acknowledge.add(ack);
          acknowledgeAll.add(ack);
        }
        long exe = rs.getLong(6);
        if ((bits & (EXECUTED | PARTIALLY_EXECUTED)) != 0 && !rs.wasNull()) {
          cell.execute.add(exe);
          executeAll.add(exe);
        }
      }
      return null;
    });
    List<Counts> counts = new ArrayList<>();
    List<Samples> acknowledge = new ArrayList<>();
    List<Samples> execute = new ArrayList<>();
    for (Cell c : cells.values()) {
      counts.add(c.counts());
      if (c.acknowledge.size > 0) {
        acknowledge.add(c.acknowledge);
      }
      if (c.execute.size > 0) {
        execute.add(c.execute);
      }
    }
    TimesToRespond times = withTimes
        ? new TimesToRespond(durations(acknowledge, acknowledgeAll), durations(execute, executeAll))
        : new TimesToRespond(List.of(), List.of());
    return new RequestCells(List.copyOf(counts), times);
  }

  /** The requests of one (unit, group) cell, counted as they stream by. */
  private static final class Cell {
    private final String unit;
    private final String group;
    private final Set<String> states = new HashSet<>();
    private final long[] outcomes = new long[7];
    private long received;
    private final Samples acknowledge;
    private final Samples execute;

    Cell(String unit, String group) {
      this.unit = unit;
      this.group = group;
      this.acknowledge = new Samples(unit, group);
      this.execute = new Samples(unit, group);
    }

    void add(int bits) {
      received++;
      for (int i = 0; i < outcomes.length; i++) {
        if ((bits & (1 << i)) != 0) {
          outcomes[i]++;
        }
      }
    }

    Counts counts() {
      return new Counts(unit, group, states.size(), received, outcomes[0], outcomes[1], outcomes[2], outcomes[3],
          outcomes[4], outcomes[5], outcomes[6]);
    }
  }

  private static List<Durations> durations(java.util.Collection<Samples> cells, Samples all) {
    List<Durations> out = new ArrayList<>();
    for (Samples s : cells) {
      out.add(s.durations());
    }
    if (all.size > 0) {
      out.add(all.durations());
    }
    return List.copyOf(out);
  }

  /** The durations (seconds) of one cell. */
  private static final class Samples {
    private final String unit;
    private final String group;
    private long[] values = new long[64];
    private int size;

    Samples(String unit, String group) {
      this.unit = unit;
      this.group = group;
    }

    void add(long v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    Durations durations() {
      long[] v = java.util.Arrays.copyOf(values, size);
      java.util.Arrays.sort(v);
      return new Durations(unit, group, size, Percentile.nearestRankOfSorted(v, 0.5), Percentile.nearestRankOfSorted(v, 0.9));
    }
  }

  @Override
  public List<Assets> assets(StatisticsFilter filter, UnitRule units) {
    FigureCache.DataVersion data = version();
    return cache.get(new FigureCache.Key("assets", filter, units, false), data.version(), null,
        FigureCache.Stamp.timeless(data), () -> List.copyOf(computeAssets(filter, units)));
  }

  /**
   * Grouped by the stored status (an indexed column: no derived table, no expression per asset);
   * the statuses are folded into their step here (docs/statistics.md: identified = IDENTIFIED or
   * TRACED, frozen = FROZEN, seized = SEIZED or TRANSFERRED).
   */
  List<Assets> computeAssets(StatisticsFilter filter, UnitRule units) {
    Map<String, String> regions = filter.groupBy() == GroupBy.REGION ? regions() : null;
    Query q = new Query(filter, units);
    String sql = "SELECT " + q.unit() + ", " + q.group() + ", a.status, a.currency, COUNT(*), SUM(a.estimated_value)"
        + q.from() + " JOIN cooperation_asset a ON a.request_id = r.thread_id" + q.where()
        + " AND a.status IN ('IDENTIFIED', 'TRACED', 'FROZEN', 'SEIZED', 'TRANSFERRED')"
        + " GROUP BY 1, 2, 3, 4";
    Map<List<Object>, Assets> merged = new LinkedHashMap<>();
    run(sql, q.params(), rs -> {
      AssetStep step = switch (rs.getString(3)) {
        case "IDENTIFIED", "TRACED" -> AssetStep.IDENTIFIED;
        case "FROZEN" -> AssetStep.FROZEN;
        default -> AssetStep.SEIZED;
      };
      Assets a = new Assets(rs.getString(1), regionOf(regions, rs.getString(2)), step, rs.getString(4), rs.getLong(5), rs.getBigDecimal(6));
      merged.merge(java.util.Arrays.asList(a.unit(), a.group(), a.step(), a.currency()), a, (x, y) -> new Assets(
          x.unit(), x.group(), x.step(), x.currency(), x.assets() + y.assets(),
          x.estimatedValue() == null ? y.estimatedValue()
              : y.estimatedValue() == null ? x.estimatedValue() : x.estimatedValue().add(y.estimatedValue())));
      return null;
    });
    return List.copyOf(merged.values());
  }

  @Override
  public List<Challenges> challenges(StatisticsFilter filter, UnitRule units) {
    FigureCache.DataVersion data = version();
    return cache.get(new FigureCache.Key("challenges", filter, units, false), data.version(), null,
        FigureCache.Stamp.timeless(data), () -> List.copyOf(computeChallenges(filter, units)));
  }

  List<Challenges> computeChallenges(StatisticsFilter filter, UnitRule units) {
    Query q = new Query(filter, units);
    String sql = "SELECT " + q.unit() + ", r.requested_org, c.code, "
        + Query.periodLabel(filter, "c.recorded_at") + " AS period, COUNT(*)"
        + q.from() + " JOIN cooperation_challenge c ON c.request_id = r.thread_id"
        + q.where("c.recorded_at") + " GROUP BY 1, 2, 3, 4";
    return run(sql, q.params(), rs -> new Challenges(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getLong(5)));
  }

  @Override
  public List<String> requestTypes() {
    return run("SELECT DISTINCT request_type FROM cooperation_request ORDER BY 1", List.of(), rs -> rs.getString(1));
  }

  @Override
  public List<String> requestedStates() {
    return run("SELECT DISTINCT requested_org FROM cooperation_request ORDER BY 1", List.of(), rs -> rs.getString(1));
  }

  @Override
  public Set<String> sharingStates() {
    return new TreeSet<>(run("SELECT organisation_code FROM statistics_sharing", List.of(), rs -> rs.getString(1)));
  }

  @Override
  public boolean optIn(String state, String by, Instant at) {
    return update("INSERT IGNORE INTO statistics_sharing (organisation_code, opted_in_by, opted_in_at) VALUES (?, ?, ?)",
        List.of(state, by, LocalDateTime.ofInstant(at, ZoneOffset.UTC))) == 1;
  }

  @Override
  public boolean optOut(String state) {
    return update("DELETE FROM statistics_sharing WHERE organisation_code = ?", List.of(state)) == 1;
  }

  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /**
   * Window functions and DISTINCT over 100,000 rows need a temporary table and a sort of a few
   * tens of MB: kept in memory for the statement (MariaDB's defaults, 16 MiB and 2 MiB, spill to
   * files in tmpdir, slower, and vulnerable to other processes that clean /tmp).
   */
  private static final String IN_MEMORY =
      "SET STATEMENT max_heap_table_size = 134217728, tmp_table_size = 134217728, sort_buffer_size = 33554432 FOR ";

  private <T> List<T> run(String sql, List<Object> params, RowMapper<T> mapper) {
    if (sql.startsWith("SELECT")) {
      sql = IN_MEMORY + sql;
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      try (ResultSet rs = s.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          T t = mapper.map(rs);
          if (t != null) {
            out.add(t);
          }
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("statistics query failed: " + e.getMessage(), e);
    }
  }

  private int update(String sql, List<Object> params) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("statistics update failed: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      s.setObject(i + 1, params.get(i));
    }
  }

  /** The fragments of one statement and its parameters, in the order the fragments are used. */
  static final class Query {
    private static final java.time.format.DateTimeFormatter SQL_TIME =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final StatisticsFilter filter;
    private final UnitRule units;
    private final List<Object> unitParams = new ArrayList<>();
    private final List<Object> whereParams = new ArrayList<>();

    Query(StatisticsFilter filter, UnitRule units) {
      this.filter = filter;
      this.units = units;
    }

    /** The unit of a row: the requested State, or OTHERS / ALL for those not named. */
    String unit() {
      if (units.perState()) {
        return "r.requested_org";
      }
      if (units.named().isEmpty()) {
        return "'" + sqlWord(units.otherUnit()) + "'";
      }
      unitParams.addAll(units.named());
      return "CASE WHEN r.requested_org IN (" + String.join(", ", units.named().stream().map(x -> "?").toList())
          + ") THEN r.requested_org ELSE '" + sqlWord(units.otherUnit()) + "' END";
    }

    String group() {
      return switch (filter.groupBy()) {
        case STATE -> {
          yield unitAgain();
        }
        // The State, mapped to its group in Java (regionOf): joining un_regional_group for
        // every request cost about a third of the pass at 100,000 requests.
        case REGION -> "r.requested_org";
        case TYPE -> "r.request_type";
        case PERIOD -> periodLabel(filter, "r.submitted_at");
      };
    }

    private String unitAgain() {
      if (units.perState()) {
        return "r.requested_org";
      }
      if (units.named().isEmpty()) {
        return "'" + sqlWord(units.otherUnit()) + "'";
      }
      unitParams.addAll(units.named());
      return "CASE WHEN r.requested_org IN (" + String.join(", ", units.named().stream().map(x -> "?").toList())
          + ") THEN r.requested_org ELSE '" + sqlWord(units.otherUnit()) + "' END";
    }

    static String periodLabel(StatisticsFilter filter, String column) {
      return switch (filter.granularity()) {
        case YEAR -> "CAST(YEAR(" + column + ") AS CHAR)";
        case QUARTER -> "CONCAT(YEAR(" + column + "), '-Q', QUARTER(" + column + "))";
        case MONTH -> "DATE_FORMAT(" + column + ", '%Y-%m')";
      };
    }

    /** End of the cell's period (exclusive), bounded by the filter's end and by now. */
    String cutoff(Instant now) {
      String bounds = literal(filter.endExclusive().atStartOfDay()) + ", "
          + literal(LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
      if (filter.groupBy() != GroupBy.PERIOD) {
        return "LEAST(" + bounds + ")";
      }
      String end = switch (filter.granularity()) {
        case YEAR -> "MAKEDATE(YEAR(r.submitted_at) + 1, 1)";
        case QUARTER -> "(MAKEDATE(YEAR(r.submitted_at), 1) + INTERVAL QUARTER(r.submitted_at) QUARTER)";
        case MONTH -> "(LAST_DAY(r.submitted_at) + INTERVAL 1 DAY)";
      };
      return "LEAST(CAST(" + end + " AS DATETIME), " + bounds + ")";
    }

    String from() {
      return " FROM cooperation_request r LEFT JOIN un_regional_group g ON g.state_code = r.requested_org";
    }

    String where() {
      return where("r.submitted_at");
    }

    /** The period on {@code column} and the filters; the period's bounds are parameters. */
    String where(String column) {
      StringBuilder w = new StringBuilder(" WHERE " + column + " >= ? AND " + column + " < ?");
      whereParams.add(filter.from().atStartOfDay());
      whereParams.add(filter.endExclusive().atStartOfDay());
      if (!column.equals("r.submitted_at")) {
        w.append(" AND r.submitted_at IS NOT NULL");
      }
      filter.type().ifPresent(t -> {
        w.append(" AND r.request_type = ?");
        whereParams.add(t);
      });
      filter.region().ifPresent(g -> {
        w.append(" AND g.region_group = ?");
        whereParams.add(g.name());
      });
      filter.state().ifPresent(s -> {
        w.append(" AND r.requested_org = ?");
        whereParams.add(s);
      });
      return w.toString();
    }

    List<Object> params() {
      List<Object> all = new ArrayList<>(unitParams);
      all.addAll(whereParams);
      return all;
    }

    private static String literal(LocalDateTime t) {
      return "TIMESTAMP'" + SQL_TIME.format(t) + "'";
    }

    /** Unit names are our own constants; checked anyway so no quote can reach the SQL. */
    private static String sqlWord(String s) {
      if (!s.matches("[A-Z_]+")) {
        throw new IllegalArgumentException(s);
      }
      return s;
    }
  }
}
