package icc.platform.web.library.infrastructure;

import icc.platform.web.library.domain.LibraryEntry;
import icc.platform.web.library.domain.SearchIndex;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;

/**
 * Keeps the library's Lucene index whole. Changes reach it through Hibernate Search's outbox
 * (a row per change, written in the transaction of the change and applied by a background agent:
 * nothing committed is lost by a crash or restart). What the outbox cannot cover is an index that
 * is missing or older than the database: a new node, a deleted index folder, a database restored
 * from a backup, rows written by SQL (the benchmark's bulk load). So at start, when no change is
 * waiting and the index does not hold as many entries as the database, it is rebuilt from the
 * database in the background; an operator can also ask for a rebuild through the API.
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

  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private volatile Instant lastStarted;
  private volatile Instant lastFinished;
  private volatile String lastFailure;

  @PostConstruct
  void reconcile() {
    Status status = status();
    if (status.pendingChanges() == 0 && status.documents() != status.entries()) {
      LOG.log(Level.INFO, "The library index holds {0} entries, the database {1}: rebuilding it",
          status.documents(), status.entries());
      rebuild();
    }
  }

  @Override
  public Status status() {
    long documents = Search.session(em).search(LibraryEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
    long entries = em.createQuery("select count(e) from LibraryEntry e", Long.class).getSingleResult();
    long pending = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM HSEARCH_OUTBOX_EVENT").getSingleResult()).longValue();
    return new Status(documents, entries, pending, rebuilding.get(), lastStarted, lastFinished, lastFailure);
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
          }
          rebuilding.set(false);
        });
    return true;
  }
}
