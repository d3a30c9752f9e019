package icc.platform.it;

import icc.platform.web.statistics.infrastructure.CooperationHistory;
import icc.platform.web.statistics.infrastructure.HistoryWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics are computed over each server's in-memory copy of the statistics columns, kept
 * current from the change log the triggers write (V71, docs/statistics.md). Deleted rows and a
 * copy left behind a pruned log must still give exactly the recomputed figures at the next call.
 * Raw SQL, as a manual fix would be; the known data set of StatisticsApiIT, put back after each test.
 */
class StatisticsReplicaIT {

  static final String PATH = "/api/v1/statistics/requests?" + StatisticsApiIT.PERIOD + "&groupBy=STATE";
  static final Set<String> STEPS = Set.of("IDENTIFIED", "TRACED", "FROZEN", "SEIZED", "TRANSFERRED");
  List<CooperationHistory.Request> data;
  String analyst;

  @BeforeEach
  void insertKnownDataSet() throws Exception {
    data = StatisticsData.generate(LocalDateTime.now(ZoneOffset.UTC));
    try (Connection c = AuditDatabase.connect()) {
      HistoryWriter.delete(c, StatisticsData.GROUP);
      HistoryWriter.insert(c, data);
    }
    analyst = TestPlatform.userToken("court", "court.analyst");
  }

  @AfterEach
  void putTheDataSetBack() throws Exception {
    try (Connection c = AuditDatabase.connect()) {
      HistoryWriter.delete(c, StatisticsData.GROUP);
      HistoryWriter.insert(c, StatisticsData.generate(LocalDateTime.now(ZoneOffset.UTC)));
    }
  }

  @Test
  void aDeletedRequestAndADeletedAssetAreGoneFromTheNextAnswer() throws Exception {
    List<CooperationHistory.Request> all = StatisticsData.select(data, r -> true);
    StatisticsApiIT.assertStateTable(all, StatisticsApiIT.get(PATH, analyst), "before");
    CooperationHistory.Request gone = all.stream()
        .filter(r -> r.status().equals("EXECUTED") && r.assets().stream().anyMatch(a -> STEPS.contains(a.status())))
        .findFirst().orElseThrow();
    CooperationHistory.Request kept = all.stream()
        .filter(r -> r != gone && r.assets().stream().anyMatch(a -> STEPS.contains(a.status()) && a.estimatedValue() != null))
        .findFirst().orElseThrow();
    CooperationHistory.Asset asset = kept.assets().stream()
        .filter(a -> STEPS.contains(a.status()) && a.estimatedValue() != null).findFirst().orElseThrow();
    try (Connection c = AuditDatabase.connect()) {
      c.setAutoCommit(false);
      execute(c, "DELETE FROM cooperation_challenge WHERE request_id = ?", gone.id());
      execute(c, "DELETE FROM cooperation_asset WHERE request_id = ?", gone.id());
      execute(c, "DELETE FROM cooperation_request WHERE thread_id = ?", gone.id());
      execute(c, "DELETE FROM exchange_thread WHERE id = ?", gone.id());
      execute(c, "DELETE FROM cooperation_asset WHERE id = ?", asset.id());
      c.commit();
    }
    List<CooperationHistory.Request> after = new ArrayList<>();
    for (CooperationHistory.Request r : all) {
      if (r == gone) {
        continue;
      }
      if (r == kept) {
        r = new CooperationHistory.Request(r.id(), r.group(), r.type(), r.requestedOrg(), r.status(), r.submittedAt(),
            r.acknowledgedAt(), r.closedAt(), r.deadline(),
            r.assets().stream().filter(a -> !a.id().equals(asset.id())).toList(), r.challenges());
      }
      after.add(r);
    }
    StatisticsApiIT.assertStateTable(after, StatisticsApiIT.get(PATH, analyst), "after the deletions");
  }

  /**
   * A copy whose next change is no longer in the log (pruned, as the hourly pruning does for rows
   * older than a day) must load everything: here the log is emptied between two committed
   * changes, so reading only the logged change would miss the first one.
   */
  @Test
  void aCopyBehindThePrunedLogLoadsEverythingAgain() throws Exception {
    List<CooperationHistory.Request> all = StatisticsData.select(data, r -> true);
    StatisticsApiIT.assertStateTable(all, StatisticsApiIT.get(PATH, analyst), "before");
    CooperationHistory.Request open = all.stream().filter(r -> r.status().equals("IN_PROGRESS")).findFirst().orElseThrow();
    CooperationHistory.Request other = all.stream()
        .filter(r -> r != open && r.status().equals("IN_PROGRESS")).findFirst().orElseThrow();
    LocalDateTime closed1 = open.acknowledgedAt().plusDays(1);
    LocalDateTime closed2 = other.acknowledgedAt().plusDays(2);
    try (Connection c = AuditDatabase.connect()) {
      execute(c, "UPDATE cooperation_request SET status = 'EXECUTED', closed_at = ? WHERE thread_id = ?", closed1, open.id());
      execute(c, "DELETE FROM statistics_change");
      execute(c, "UPDATE cooperation_request SET status = 'DECLINED', closed_at = ? WHERE thread_id = ?", closed2, other.id());
    }
    List<CooperationHistory.Request> after = new ArrayList<>();
    for (CooperationHistory.Request r : all) {
      if (r == open || r == other) {
        r = new CooperationHistory.Request(r.id(), r.group(), r.type(), r.requestedOrg(),
            r == open ? "EXECUTED" : "DECLINED", r.submittedAt(), r.acknowledgedAt(), r == open ? closed1 : closed2,
            r.deadline(), r.assets(), r.challenges());
      }
      after.add(r);
    }
    StatisticsApiIT.assertStateTable(after, StatisticsApiIT.get(PATH, analyst), "after a change missing from the log");
  }

  private static void execute(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }
}
