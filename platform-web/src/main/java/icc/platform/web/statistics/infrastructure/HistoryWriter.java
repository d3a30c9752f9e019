package icc.platform.web.statistics.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes a {@link CooperationHistory} as raw rows (an exchange thread of kind
 * COOPERATION_REQUEST per request, as the V30 foreign key requires, without participants so no
 * inbox shows it), and removes a generated group again. Plain JDBC on the caller's connection.
 * The V70 triggers bump the statistics data version with every row written or removed here, in
 * the same transaction, so no computed table outlives these writes either.
 */
public final class HistoryWriter {

  private static final int BATCH = 1000;

  private HistoryWriter() {}

  public static void insert(Connection c, List<CooperationHistory.Request> requests) throws SQLException {
    try (PreparedStatement thread = c.prepareStatement(
            "INSERT INTO exchange_thread (id, kind, subject, classification, handling_code, originator_org,"
                + " originator_username, created_at, last_activity_at, version)"
                + " VALUES (?, 'COOPERATION_REQUEST', ?, 'UNCLASSIFIED', 'H0', 'COURT', 'generated', ?, ?, 0)");
        PreparedStatement request = c.prepareStatement(
            "INSERT INTO cooperation_request (thread_id, request_group, request_type, requesting_org, requested_org,"
                + " urgency, deadline, purpose, facts, procedure_notes, status, created_at, submitted_at,"
                + " acknowledged_at, closed_at, status_changed_at, version)"
                + " VALUES (?, ?, ?, 'COURT', ?, 'ROUTINE', ?, 'Generated', 'Generated', '', ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement asset = c.prepareStatement(
            "INSERT INTO cooperation_asset (id, request_id, position, kind, estimated_value, currency, added_by_side,"
                + " status, status_changed_at) VALUES (?, ?, ?, ?, ?, ?, 'REQUESTING', ?, ?)");
        PreparedStatement challenge = c.prepareStatement(
            "INSERT INTO cooperation_challenge (id, request_id, code, details, recorded_org, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, 'Generated', ?, 'generated', ?)")) {
      int pending = 0;
      for (CooperationHistory.Request r : requests) {
        LocalDateTime last = r.closedAt() != null ? r.closedAt() : r.acknowledgedAt() != null ? r.acknowledgedAt() : r.submittedAt();
        thread.setString(1, r.id());
        thread.setString(2, CooperationHistory.SUBJECT);
        thread.setObject(3, r.submittedAt());
        thread.setObject(4, last);
        thread.addBatch();
        request.setString(1, r.id());
        request.setString(2, r.group());
        request.setString(3, r.type());
        request.setString(4, r.requestedOrg());
        request.setObject(5, r.deadline());
        request.setString(6, r.status());
        request.setObject(7, r.submittedAt());
        request.setObject(8, r.submittedAt());
        request.setObject(9, r.acknowledgedAt());
        request.setObject(10, r.closedAt());
        request.setObject(11, last);
        request.addBatch();
        int position = 0;
        for (CooperationHistory.Asset a : r.assets()) {
          asset.setString(1, a.id());
          asset.setString(2, r.id());
          asset.setInt(3, position++);
          asset.setString(4, a.kind());
          asset.setBigDecimal(5, a.estimatedValue());
          asset.setString(6, a.currency());
          asset.setString(7, a.status());
          asset.setObject(8, last);
          asset.addBatch();
        }
        for (CooperationHistory.Challenge ch : r.challenges()) {
          challenge.setString(1, ch.id());
          challenge.setString(2, r.id());
          challenge.setString(3, ch.code());
          challenge.setString(4, r.requestedOrg());
          challenge.setObject(5, ch.recordedAt());
          challenge.addBatch();
        }
        if (++pending == BATCH) {
          flush(thread, request, asset, challenge);
          pending = 0;
        }
      }
      flush(thread, request, asset, challenge);
    }
  }

  private static void flush(PreparedStatement... statements) throws SQLException {
    for (PreparedStatement s : statements) {
      s.executeBatch();
    }
  }

  /** Removes every generated request of {@code group}, with its assets, challenges and thread. */
  public static void delete(Connection c, String group) throws SQLException {
    String ids = "SELECT thread_id FROM cooperation_request WHERE request_group = ?";
    for (String sql : List.of(
        "DELETE FROM cooperation_challenge WHERE request_id IN (" + ids + ")",
        "DELETE FROM cooperation_asset WHERE request_id IN (" + ids + ")",
        "CREATE TEMPORARY TABLE IF NOT EXISTS generated_ids (id CHAR(36) CHARACTER SET ascii PRIMARY KEY)",
        "DELETE FROM generated_ids",
        "INSERT INTO generated_ids " + ids,
        "DELETE FROM cooperation_request WHERE request_group = ?",
        "DELETE FROM exchange_thread WHERE id IN (SELECT id FROM generated_ids) AND subject = '" + CooperationHistory.SUBJECT + "'",
        "DROP TEMPORARY TABLE generated_ids")) {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        if (sql.contains("?")) {
          s.setString(1, group);
        }
        s.executeUpdate();
      }
    }
  }

  /** How many generated requests of {@code group} there are. */
  public static long count(Connection c, String group) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM cooperation_request WHERE request_group = ?")) {
      s.setString(1, group);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
