package icc.platform.web.statistics.infrastructure;

import icc.platform.web.statistics.domain.StatisticsFilter;
import icc.platform.web.statistics.domain.StatisticsRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The figures, computed on every call over this server's exact copy of the live rows'
 * statistics columns ({@link StatisticsReplica}, {@link StatisticsFacts}), which is first brought
 * up to the data committed in {@code cooperation_request}, {@code cooperation_asset},
 * {@code cooperation_challenge} and {@code un_regional_group} (V30, V40) through the change log
 * the triggers keep in the same transactions (V71). Nothing is counted ahead of time and no
 * result is reused. The States' consent to share is read and written by SQL.
 */
@ApplicationScoped
public class ReplicaStatisticsRepository implements StatisticsRepository {

  @Resource(lookup = "jdbc/platform")
  DataSource dataSource;

  @Inject StatisticsReplica replica;

  @Override
  public RequestCells requests(StatisticsFilter filter, UnitRule units, Instant now, boolean withTimes) {
    return replica.read(facts -> facts.requests(filter, units, now, withTimes));
  }

  @Override
  public List<Assets> assets(StatisticsFilter filter, UnitRule units) {
    return replica.read(facts -> facts.assets(filter, units));
  }

  @Override
  public List<Challenges> challenges(StatisticsFilter filter, UnitRule units) {
    return replica.read(facts -> facts.challenges(filter, units));
  }

  @Override
  public List<String> requestTypes() {
    return replica.read(StatisticsFacts::requestTypes);
  }

  @Override
  public List<String> requestedStates() {
    return replica.read(StatisticsFacts::requestedStates);
  }

  @Override
  public Set<String> sharingStates() {
    Set<String> states = new TreeSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT organisation_code FROM statistics_sharing");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        states.add(rs.getString(1));
      }
      return states;
    } catch (SQLException e) {
      throw new IllegalStateException("statistics query failed: " + e.getMessage(), e);
    }
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

  private int update(String sql, List<Object> params) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("statistics update failed: " + e.getMessage(), e);
    }
  }
}
