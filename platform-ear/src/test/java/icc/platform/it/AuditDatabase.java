package icc.platform.it;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct access to the test stack's MariaDB, as an operator with the database password would have
 * it: the port is ops/platform's 3307 shifted by the stack's offset (the platform's HTTP port
 * minus 8080), the password comes from the stack's {@code secrets.env}.
 */
final class AuditDatabase {

  private AuditDatabase() {}

  static Connection connect() throws SQLException {
    int offset = URI.create(TestPlatform.URL).getPort() - 8080;
    String url = "jdbc:mariadb://127.0.0.1:" + (3307 + offset) + "/platform";
    return DriverManager.getConnection(url, "platform", TestPlatform.secret("DB_PASSWORD"));
  }

  /** One audit_event row, every column by name, exactly as stored (to put it back later). */
  static Map<String, Object> row(Connection c, long leafIndex) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT * FROM audit_event WHERE leaf_index = ?")) {
      s.setLong(1, leafIndex);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no audit_event row " + leafIndex);
        }
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object value = rs.getObject(i);
          if (value instanceof java.sql.Blob blob) {
            value = blob.getBytes(1, (int) blob.length());
          }
          row.put(meta.getColumnLabel(i).toLowerCase(), value);
        }
        return row;
      }
    }
  }

  /** Overwrites every column but the key of row {@code leafIndex} with {@code values}. */
  static void overwrite(Connection c, long leafIndex, Map<String, Object> values) throws SQLException {
    List<String> columns = new ArrayList<>(values.keySet());
    columns.remove("leaf_index");
    String set = String.join(" = ?, ", columns) + " = ?";
    try (PreparedStatement s = c.prepareStatement("UPDATE audit_event SET " + set + " WHERE leaf_index = ?")) {
      int i = 1;
      for (String column : columns) {
        s.setObject(i++, values.get(column));
      }
      s.setLong(i, leafIndex);
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("audit_event row " + leafIndex + " not updated");
      }
    }
  }

  static void delete(Connection c, long leafIndex) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM audit_event WHERE leaf_index = ?")) {
      s.setLong(1, leafIndex);
      s.executeUpdate();
    }
  }

  /** Puts a saved row back: re-inserted if it was deleted, else overwritten with its old values. */
  static void restore(Connection c, Map<String, Object> saved) throws SQLException {
    long leafIndex = ((Number) saved.get("leaf_index")).longValue();
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      delete(c, leafIndex);
      insert(c, saved);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static void insert(Connection c, Map<String, Object> saved) throws SQLException {
    List<String> columns = new ArrayList<>(saved.keySet());
    String sql = "INSERT INTO audit_event (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (String column : columns) {
        s.setObject(i++, saved.get(column));
      }
      s.executeUpdate();
    }
  }
}
