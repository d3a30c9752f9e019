package icc.platform.web.statistics.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads a generated, fictitious history of requests (the two previous calendar years, about 500
 * requests across the demo States) so that the dev stack's statistics dashboard shows figures.
 * Only with {@code platform.demo-statistics=true}, which {@code ops/platform} sets for the
 * {@code dev} profile alone: test stacks stay free of it (their tests insert their own known
 * data set), production never has it. Once: skipped when the group is already there.
 */
@Singleton
@Startup
// After the demo requests: those are made only into an empty request table, and this history
// would otherwise fill it first.
@DependsOn("RequestDemoData")
public class StatisticsDemoData {

  /** request_group of the demo history (docs/statistics.md "Demo data"). */
  public static final String GROUP = "5ed5a7a0-0000-4000-8000-00000000d3e0";

  private static final System.Logger LOG = System.getLogger(StatisticsDemoData.class.getName());

  @Inject
  @ConfigProperty(name = "platform.demo-statistics", defaultValue = "false")
  boolean enabled;

  @Resource(lookup = "jdbc/platform")
  DataSource dataSource;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (HistoryWriter.count(c, GROUP) > 0) {
        return;
      }
      int year = LocalDate.now(ZoneOffset.UTC).getYear();
      HistoryWriter.insert(c, CooperationHistory.generate(2019_2020L, 520, LocalDate.of(year - 2, 1, 1),
          LocalDate.of(year, 1, 1), LocalDateTime.now(ZoneOffset.UTC), GROUP));
      LOG.log(System.Logger.Level.INFO, "Loaded the generated statistics demo history (520 requests)");
    } catch (SQLException | RuntimeException e) {
      // The demo must not stop the platform from starting.
      LOG.log(System.Logger.Level.WARNING, "Statistics demo history not loaded: " + e.getMessage(), e);
    }
  }
}
