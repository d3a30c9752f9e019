package icc.platform.web.audit.infrastructure;

import icc.platform.crypto.transparency.NodeId;
import icc.platform.crypto.transparency.NodeStore;
import icc.platform.crypto.transparency.NodeStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link NodeStore} of the audit log in MariaDB: tables {@code audit_node} (level, idx, hash)
 * and {@code audit_tree_head} (V2__audit_log.sql). It never commits: every call runs in the
 * transaction of the connection it is given, so an event, its nodes and the new size commit or
 * roll back together.
 *
 * <p><b>Two modes, because of InnoDB's REPEATABLE READ.</b> A plain SELECT reads the snapshot the
 * transaction took at its first read; an appender that waited for the tree-head lock would then
 * see an old size and miss nodes committed meanwhile. So the appending store ({@link
 * #forAppending}) reads the head with {@code SELECT ... FOR UPDATE} (which also takes the lock
 * that serialises appenders) and the nodes with {@code LOCK IN SHARE MODE}: both read the latest
 * committed rows. Stored nodes never change, so the shared locks cost nothing but memory. The
 * reading store ({@link #forReading}) uses plain SELECTs: size and nodes then come from one
 * snapshot and always fit together, without blocking appenders.
 */
public final class JdbcNodeStore implements NodeStore {

  /** Where the store gets the connection of the current transaction. */
  @FunctionalInterface
  public interface ConnectionSource {
    /** A connection enlisted in the current transaction; the store closes what it gets. */
    Connection connection() throws SQLException;
  }

  /** MariaDB's default max_allowed_packet is ample; this only bounds the IN list. */
  private static final int MAX_NODES_PER_QUERY = 500;

  private final ConnectionSource connections;
  private final boolean locking;

  private JdbcNodeStore(ConnectionSource connections, boolean locking) {
    this.connections = connections;
    this.locking = locking;
  }

  /** A store for appends: locking reads of the latest committed rows (see the class comment). */
  public static JdbcNodeStore forAppending(ConnectionSource connections) {
    return new JdbcNodeStore(connections, true);
  }

  /** A store for roots and proofs: consistent-snapshot reads that never block appends. */
  public static JdbcNodeStore forReading(ConnectionSource connections) {
    return new JdbcNodeStore(connections, false);
  }

  /**
   * Locks the tree head until the transaction ends and returns the size. With {@link
   * #forAppending} every {@link #size()} does this too; call it first to make the lock explicit.
   */
  public long lockHead() throws NodeStoreException {
    return readSize(true);
  }

  @Override
  public long size() throws NodeStoreException {
    return readSize(locking);
  }

  private long readSize(boolean forUpdate) throws NodeStoreException {
    String sql =
        "SELECT tree_size FROM audit_tree_head WHERE id = 1" + (forUpdate ? " FOR UPDATE" : "");
    try (Connection c = connections.connection();
        PreparedStatement select = c.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        throw new NodeStoreException("the audit log has no tree head row (migration V2 not run?)");
      }
      return row.getLong(1);
    } catch (SQLException e) {
      throw new NodeStoreException("reading the audit tree head failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Map<NodeId, byte[]> read(Collection<NodeId> ids) throws NodeStoreException {
    Map<NodeId, byte[]> result = new HashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    List<NodeId> all = List.copyOf(ids);
    try (Connection c = connections.connection()) {
      for (int from = 0; from < all.size(); from += MAX_NODES_PER_QUERY) {
        List<NodeId> batch = all.subList(from, Math.min(all.size(), from + MAX_NODES_PER_QUERY));
        readBatch(c, batch, result);
      }
    } catch (SQLException e) {
      throw new NodeStoreException("reading audit tree nodes failed: " + e.getMessage(), e);
    }
    for (NodeId id : ids) {
      if (!result.containsKey(id)) {
        throw new NodeStoreException("audit tree node not stored: " + id);
      }
    }
    return result;
  }

  private void readBatch(Connection c, List<NodeId> batch, Map<NodeId, byte[]> into)
      throws SQLException {
    // One query per proof: WHERE (level, idx) IN ((?, ?), ...) uses the primary key.
    StringBuilder sql = new StringBuilder("SELECT level, idx, hash FROM audit_node WHERE (level, idx) IN (");
    for (int i = 0; i < batch.size(); i++) {
      sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
    }
    sql.append(')');
    if (locking) {
      sql.append(" LOCK IN SHARE MODE");
    }
    try (PreparedStatement select = c.prepareStatement(sql.toString())) {
      int p = 1;
      for (NodeId id : batch) {
        select.setInt(p++, id.level());
        select.setLong(p++, id.index());
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          into.put(new NodeId(rows.getInt(1), rows.getLong(2)), rows.getBytes(3));
        }
      }
    }
  }

  /**
   * Stores the nodes of one leaf and the new size. Atomic on its own: the size is checked under
   * the row lock first, all nodes go in with one multi-row INSERT (InnoDB rolls back a failed
   * statement as a whole, e.g. on a duplicate key), and only then does the size move.
   */
  @Override
  public void append(long leafIndex, List<StoredNode> nodes) throws NodeStoreException {
    if (nodes.isEmpty() || !nodes.get(0).id().equals(new NodeId(0, leafIndex))) {
      throw new NodeStoreException("the first node of an append must be the leaf " + leafIndex);
    }
    long size = readSize(true);
    if (leafIndex != size) {
      throw new NodeStoreException(
          "append of leaf " + leafIndex + " to a log of size " + size + " (concurrent append?)");
    }
    StringBuilder sql = new StringBuilder("INSERT INTO audit_node (level, idx, hash) VALUES ");
    for (int i = 0; i < nodes.size(); i++) {
      sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
    }
    try (Connection c = connections.connection()) {
      try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
        int p = 1;
        for (StoredNode node : nodes) {
          insert.setInt(p++, node.id().level());
          insert.setLong(p++, node.id().index());
          insert.setBytes(p++, node.hash());
        }
        insert.executeUpdate();
      }
      try (PreparedStatement grow =
          c.prepareStatement("UPDATE audit_tree_head SET tree_size = ? WHERE id = 1 AND tree_size = ?")) {
        grow.setLong(1, leafIndex + 1);
        grow.setLong(2, leafIndex);
        if (grow.executeUpdate() != 1) {
          throw new NodeStoreException("the audit tree head moved during an append");
        }
      }
    } catch (SQLException e) {
      throw new NodeStoreException("appending to the audit tree failed: " + e.getMessage(), e);
    }
  }
}
