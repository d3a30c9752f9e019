package icc.platform.web.audit.infrastructure;

import icc.platform.crypto.transparency.MerkleTree;
import icc.platform.crypto.transparency.NodeStoreException;
import icc.platform.web.audit.domain.AuditEntry;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditLog;
import icc.platform.web.audit.domain.AuditLogException;
import icc.platform.web.audit.domain.AuditQuery;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The audit log in MariaDB: {@link MerkleTree} over a {@link JdbcNodeStore}, and the events in
 * {@code audit_event}. Every method runs in the caller's JTA transaction: the container hands the
 * store and the entity manager the same enlisted connection, so the tree-head lock, the nodes,
 * the new size and the event row all belong to the transaction of the audited action.
 */
@ApplicationScoped
public class MariaDbAuditLog implements AuditLog {

  @Resource(lookup = "jdbc/platform")
  private DataSource dataSource;

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  private JdbcNodeStore appendingStore;
  private MerkleTree appendingTree;
  private MerkleTree readingTree;

  @PostConstruct
  void init() {
    appendingStore = JdbcNodeStore.forAppending(dataSource::getConnection);
    appendingTree = new MerkleTree(appendingStore);
    readingTree = new MerkleTree(JdbcNodeStore.forReading(dataSource::getConnection));
  }

  @Override
  public long append(AuditEvent event) {
    byte[] leafData = event.canonicalBytes();
    if (leafData.length > AuditEventRow.MAX_EVENT_BYTES) {
      throw new IllegalArgumentException("audit event larger than " + AuditEventRow.MAX_EVENT_BYTES + " bytes");
    }
    try {
      // Lock first: from here until commit or rollback no other transaction on any node can
      // append, so the index read below is the one the append gets (no gap, no duplicate).
      long expected = appendingStore.lockHead();
      long index = appendingTree.append(leafData);
      if (index != expected) {
        throw new AuditLogException("audit log moved under its lock", null);
      }
      em.persist(new AuditEventRow(index, leafData, event));
      return index;
    } catch (NodeStoreException e) {
      throw new AuditLogException("appending to the audit log failed: " + e.getMessage(), e);
    }
  }

  @Override
  public long lockHead() {
    try {
      return appendingStore.lockHead();
    } catch (NodeStoreException e) {
      throw new AuditLogException("locking the audit log failed: " + e.getMessage(), e);
    }
  }

  /**
   * The appending tree (locking reads) when this transaction holds the head lock would also do;
   * the reading tree's snapshot is enough for proofs and never blocks appenders.
   */
  @Override
  public long size() {
    try {
      return readingTree.size();
    } catch (NodeStoreException e) {
      throw new AuditLogException("reading the audit log size failed: " + e.getMessage(), e);
    }
  }

  @Override
  public byte[] rootHash(long treeSize) {
    try {
      return readingTree.rootHash(treeSize);
    } catch (NodeStoreException e) {
      throw new AuditLogException("computing an audit root hash failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
    try {
      return readingTree.inclusionProof(leafIndex, treeSize);
    } catch (NodeStoreException e) {
      throw new AuditLogException("computing an inclusion proof failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<byte[]> consistencyProof(long size1, long size2) {
    try {
      return readingTree.consistencyProof(size1, size2);
    } catch (NodeStoreException e) {
      throw new AuditLogException("computing a consistency proof failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<AuditEntry> entries(
      long fromIndex, long toIndex, Optional<String> organisationCode, int limit) {
    var query =
        em.createQuery(
                "select r from AuditEventRow r where r.leafIndex >= :from and r.leafIndex < :to"
                    + (organisationCode.isPresent() ? " and r.organisationCode = :organisation" : "")
                    + " order by r.leafIndex",
                AuditEventRow.class)
            .setParameter("from", fromIndex)
            .setParameter("to", toIndex)
            .setMaxResults(limit);
    organisationCode.ifPresent(code -> query.setParameter("organisation", code));
    return query.getResultStream()
        .map(row -> new AuditEntry(row.leafIndex(), row.eventData()))
        .toList();
  }

  @Override
  public List<AuditEntry> search(AuditQuery query, long toIndex, int offset, int limit) {
    var q = em.createQuery(
            "select r from AuditEventRow r where " + where(query) + " order by r.leafIndex desc",
            AuditEventRow.class)
        .setFirstResult(offset)
        .setMaxResults(limit);
    bind(q, query, toIndex);
    return q.getResultStream().map(row -> new AuditEntry(row.leafIndex(), row.eventData())).toList();
  }

  @Override
  public long count(AuditQuery query, long toIndex) {
    var q = em.createQuery("select count(r) from AuditEventRow r where " + where(query), Long.class);
    bind(q, query, toIndex);
    return q.getSingleResult();
  }

  private static String where(AuditQuery query) {
    StringBuilder w = new StringBuilder("r.leafIndex < :to");
    query.organisation().ifPresent(v -> w.append(" and r.organisationCode = :organisation"));
    query.user().ifPresent(v -> w.append(" and (r.username = :user or r.subject = :user)"));
    query.action().ifPresent(v -> w.append(" and r.action = :action"));
    query.object().ifPresent(v -> w.append(" and r.objectId = :object"));
    query.from().ifPresent(v -> w.append(" and r.occurredAt >= :fromTime"));
    query.to().ifPresent(v -> w.append(" and r.occurredAt < :toTime"));
    return w.toString();
  }

  private static void bind(jakarta.persistence.TypedQuery<?> q, AuditQuery query, long toIndex) {
    q.setParameter("to", toIndex);
    query.organisation().ifPresent(v -> q.setParameter("organisation", v));
    query.user().ifPresent(v -> q.setParameter("user", v));
    query.action().ifPresent(v -> q.setParameter("action", v));
    query.object().ifPresent(v -> q.setParameter("object", v));
    query.from().ifPresent(v -> q.setParameter("fromTime", v));
    query.to().ifPresent(v -> q.setParameter("toTime", v));
  }
}
