package icc.platform.web.library.infrastructure;

import icc.platform.web.library.domain.LibraryEntry;
import icc.platform.web.library.domain.SearchIndex;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;

/**
 * Keeps the library's Lucene index whole. Changes reach it through Hibernate Search's outbox
 * (a row per change, written in the transaction of the change and applied by a background agent:
 * nothing committed is lost by a crash or restart). What the outbox cannot cover is an index that
 * is missing or older than the database: a new node, a deleted index folder, a new mapping (a new
 * index name: LibrarySearchMapping#INDEX), a database restored from a backup, rows written by SQL
 * (the benchmark's bulk load). So at start the index is rebuilt from the database, in the
 * background, when it was never completely built (no marker file beside it, written when a rebuild
 * ends), or when no change is waiting and it does not hold as many entries as the database. An
 * operator can also ask for a rebuild through the API.
 */
@Singleton
@Startup
@DependsOn("LibraryDemoData")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LuceneSearchIndex implements SearchIndex {

  private static final System.Logger LOG = System.getLogger(LuceneSearchIndex.class.getName());

  @PersistenceUnit(unitName = "platform")
  private EntityManagerFactory emf;

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Resource(lookup = "jdbc/platform")
  private DataSource dataSource;

  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private volatile Instant lastStarted;
  private volatile Instant lastFinished;
  private volatile String lastFailure;

  @PostConstruct
  void reconcile() {
    Status status = status();
    if (!Files.exists(builtMarker())) {
      LOG.log(Level.INFO, "The library index {0} was never built completely: building it", LibrarySearchMapping.INDEX);
      rebuild();
    } else if (status.pendingChanges() == 0 && status.documents() != status.entries()) {
      LOG.log(Level.INFO, "The library index holds {0} entries, the database {1}: rebuilding it",
          status.documents(), status.entries());
      rebuild();
    }
  }

  /**
   * Changes the index refused before the rebuild started are in it now (the rebuild read every
   * entry from the database): their outbox rows only mislead the figures. Runs on the mass
   * indexer's thread, outside any transaction, hence a plain connection.
   */
  private void forgetFailedChangesBefore(Instant started) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete = c.prepareStatement(
            "DELETE FROM HSEARCH_OUTBOX_EVENT WHERE status = 'ABORTED' AND processAfter < ?")) {
      delete.setTimestamp(1, Timestamp.from(started));
      delete.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not clear the index changes that failed before the rebuild", e);
    }
  }

  /** Written beside the index folder when a rebuild of it ends without failure. */
  private static Path builtMarker() {
    String root = System.getProperty("hibernate.search.backend.directory.root", ".");
    return Path.of(root).resolve(LibrarySearchMapping.INDEX + ".built");
  }

  @Override
  public Status status() {
    long documents = Search.session(em).search(LibraryEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
    long entries = em.createQuery("select count(e) from LibraryEntry e", Long.class).getSingleResult();
    long pending = outboxEvents("PENDING");
    long failed = outboxEvents("ABORTED");
    return new Status(documents, entries, pending, failed, rebuilding.get(), lastStarted, lastFinished, lastFailure);
  }

  private long outboxEvents(String status) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM HSEARCH_OUTBOX_EVENT WHERE status = ?1")
        .setParameter(1, status).getSingleResult()).longValue();
  }

  @Override
  public boolean rebuild() {
    if (!rebuilding.compareAndSet(false, true)) {
      return false;
    }
    lastStarted = Instant.now();
    lastFinished = null;
    lastFailure = null;
    // The mass indexer runs on its own threads with its own transactions, and pauses the outbox
    // agent meanwhile (changes committed during the rebuild are applied after it).
    Search.mapping(emf).scope(LibraryEntry.class).massIndexer()
        .threadsToLoadObjects(2)
        .batchSizeToLoadObjects(100)
        // The index is emptied first (the mass indexer adds documents, it does not replace them:
        // without the purge every entry was there twice): while a rebuild runs, searches find the
        // entries indexed so far only.
        .mergeSegmentsOnFinish(true) // one segment: less work per search than the dozens a rebuild leaves
        .start()
        .whenComplete((done, failure) -> {
          lastFinished = Instant.now();
          if (failure != null) {
            lastFailure = String.valueOf(failure.getMessage());
            LOG.log(Level.ERROR, "Rebuilding the library index failed", failure);
          } else {
            LOG.log(Level.INFO, "The library index was rebuilt in {0} ms",
                lastFinished.toEpochMilli() - lastStarted.toEpochMilli());
            try {
              Files.writeString(builtMarker(), lastFinished.toString());
            } catch (IOException e) {
              LOG.log(Level.WARNING, "Could not write " + builtMarker() + ": the index is rebuilt at next start", e);
            }
            forgetFailedChangesBefore(lastStarted);
          }
          rebuilding.set(false);
        });
    return true;
  }
}
