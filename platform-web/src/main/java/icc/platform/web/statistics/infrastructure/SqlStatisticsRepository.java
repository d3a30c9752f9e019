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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The figures by SQL over {@code cooperation_request}, {@code cooperation_asset} and
 * {@code cooperation_challenge} (V30), joined to {@code un_regional_group} (V40). The statements
 * are assembled from fixed fragments chosen by enums; every value from a caller is a bound
 * parameter. Percentiles are MariaDB's {@code PERCENTILE_DISC} (nearest rank), the definition
 * docs/statistics.md gives. Runs in the caller's transaction when there is one.
 */
@ApplicationScoped
public class SqlStatisticsRepository implements StatisticsRepository {

  @Resource(lookup = "jdbc/platform")
  DataSource dataSource;

  @Override
  public List<Counts> counts(StatisticsFilter filter, UnitRule units, Instant now) {
    Query q = new Query(filter, units);
    String sql = "SELECT unit, grp, COUNT(*), COUNT(DISTINCT requested_org),"
        + " SUM(acknowledged_at < cutoff),"
        + " SUM(status = 'EXECUTED' AND closed_at < cutoff),"
        + " SUM(status = 'PARTIALLY_EXECUTED' AND closed_at < cutoff),"
        + " SUM(status = 'DECLINED' AND closed_at < cutoff),"
        + " SUM(status = 'WITHDRAWN' AND closed_at < cutoff),"
        + " SUM(deadline IS NOT NULL),"
        + " SUM(deadline IS NOT NULL AND LEAST(COALESCE(closed_at, cutoff), cutoff) >= deadline + INTERVAL 1 DAY)"
        + " FROM (SELECT r.requested_org, r.status, r.acknowledged_at, r.closed_at, r.deadline, "
        + q.unit() + " AS unit, " + q.group() + " AS grp, " + q.cutoff(now) + " AS cutoff"
        + q.from() + q.where() + ") x GROUP BY unit, grp";
    return run(sql, q.params(), rs -> new Counts(rs.getString(1), rs.getString(2), rs.getInt(4), rs.getLong(3),
        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)));
  }

  @Override
  public TimesToRespond times(StatisticsFilter filter, UnitRule units, Instant now) {
    // One scan per statement for both durations: a request not acknowledged (or not executed) by
    // the cut-off has NULL there, and PERCENTILE_DISC and COUNT leave NULLs out. The totals have a
    // statement of their own: MariaDB 11.4 gave a wrong PERCENTILE_DISC ... OVER () over a column
    // with NULLs when the same SELECT also had partitioned percentiles (found by StatisticsApiIT).
    List<Durations> acknowledge = new ArrayList<>();
    List<Durations> execute = new ArrayList<>();
    Query q = new Query(filter, units);
    run(durationsSql(q, now, "PARTITION BY unit, grp"), q.params(), rs -> {
      add(acknowledge, new Durations(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
      add(execute, new Durations(rs.getString(1), rs.getString(2), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
      return null;
    });
    Query t = new Query(filter, units);
    run(durationsSql(t, now, ""), t.params(), rs -> {
      add(acknowledge, new Durations(null, FigureRow.TOTAL, rs.getLong(3), rs.getLong(4), rs.getLong(5)));
      add(execute, new Durations(null, FigureRow.TOTAL, rs.getLong(6), rs.getLong(7), rs.getLong(8)));
      return null;
    });
    return new TimesToRespond(acknowledge, execute);
  }

  private static String durationsSql(Query q, Instant now, String partition) {
    String cutoff = q.cutoff(now);
    boolean total = partition.isEmpty();
    return "SELECT DISTINCT " + (total ? "NULL, NULL" : "unit, grp") + ","
        + window("ack", partition) + "," + window("exe", partition)
        + " FROM (SELECT " + (total ? "1 AS unit, 1 AS grp" : q.unit() + " AS unit, " + q.group() + " AS grp") + ","
        + " CASE WHEN r.acknowledged_at < " + cutoff
        + " THEN TIMESTAMPDIFF(SECOND, r.submitted_at, r.acknowledged_at) END AS ack,"
        + " CASE WHEN r.status IN ('EXECUTED', 'PARTIALLY_EXECUTED') AND r.closed_at < " + cutoff
        + " THEN TIMESTAMPDIFF(SECOND, r.submitted_at, r.closed_at) END AS exe"
        + q.from() + q.where() + ") x";
  }

  private static void add(List<Durations> list, Durations d) {
    if (d.n() > 0) {
      list.add(d);
    }
  }

  /** n, median and 90th percentile (nearest rank) of a column over a window. */
  private static String window(String column, String partition) {
    String over = " OVER (" + partition + ")";
    return " COUNT(" + column + ")" + over
        + ", PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY " + column + ")" + over
        + ", PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY " + column + ")" + over;
  }

  @Override
  public List<Assets> assets(StatisticsFilter filter, UnitRule units) {
    Query q = new Query(filter, units);
    String sql = "SELECT unit, grp, step, currency, COUNT(*), SUM(estimated_value)"
        + " FROM (SELECT " + q.unit() + " AS unit, " + q.group() + " AS grp,"
        + " CASE WHEN a.status IN ('IDENTIFIED', 'TRACED') THEN 'IDENTIFIED'"
        + " WHEN a.status = 'FROZEN' THEN 'FROZEN' ELSE 'SEIZED' END AS step,"
        + " a.currency, a.estimated_value"
        + q.from() + " JOIN cooperation_asset a ON a.request_id = r.thread_id" + q.where()
        + " AND a.status IN ('IDENTIFIED', 'TRACED', 'FROZEN', 'SEIZED', 'TRANSFERRED')) x"
        + " GROUP BY unit, grp, step, currency";
    return run(sql, q.params(), rs -> new Assets(rs.getString(1), rs.getString(2), AssetStep.valueOf(rs.getString(3)),
        rs.getString(4), rs.getLong(5), rs.getBigDecimal(6)));
  }

  @Override
  public List<Challenges> challenges(StatisticsFilter filter, UnitRule units) {
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

  private <T> List<T> run(String sql, List<Object> params, RowMapper<T> mapper) {
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
        case REGION -> "COALESCE(g.region_group, 'NONE')";
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
