package icc.platform.web.exchange.infrastructure;

import icc.platform.web.exchange.domain.ExchangeRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes what an interrupted upload or download left behind (issue 6: "an interrupted upload
 * leaves nothing behind after clean-up"):
 *
 * <ul>
 *   <li>at start, this node's {@code incoming} and {@code scratch} folders are emptied: nothing
 *       on this node is in progress yet (a crash, {@code kill -9}, leaves parts there);
 *   <li>at start and every hour, a published file without a committed index row, older than
 *       {@link #GRACE} (so that a rename on another node whose commit is about to happen is
 *       spared), is deleted: the crash came between the rename and the commit.
 * </ul>
 */
@Singleton
@Startup
public class StorageJanitor {

  private static final System.Logger LOG = System.getLogger(StorageJanitor.class.getName());
  static final Duration GRACE = Duration.ofMinutes(10);

  @Inject FileDocumentStore store;
  @Inject ExchangeRepository repository;

  @PostConstruct
  void atStart() {
    if (!store.configured()) {
      LOG.log(Level.WARNING, "PLATFORM_DATA_DIR is not set: document storage is unavailable");
      return;
    }
    int parts = deleteAll(store.incoming()) + deleteAll(store.scratch());
    if (parts > 0) {
      LOG.log(Level.INFO, "Removed {0} files of interrupted uploads and downloads", parts);
    }
    sweepOrphans();
  }

  @Schedule(hour = "*", minute = "17", persistent = false)
  public void hourly() {
    if (store.configured()) {
      sweepOrphans();
    }
  }

  void sweepOrphans() {
    Path documents = store.documents();
    if (!Files.isDirectory(documents)) {
      return;
    }
    FileTime before = FileTime.from(Instant.now().minus(GRACE));
    int removed = 0;
    try (Stream<Path> files = Files.walk(documents, 2)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String key = documents.relativize(f).toString().replace('\\', '/');
        if (!FileDocumentStore.STORAGE_KEY.matcher(key).matches()) {
          continue;
        }
        if (Files.getLastModifiedTime(f).compareTo(before) < 0 && !repository.isStored(key)) {
          Files.deleteIfExists(f);
          removed++;
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Document store sweep failed", e);
    }
    if (removed > 0) {
      LOG.log(Level.INFO, "Removed {0} document files that no committed document refers to", removed);
    }
  }

  private static int deleteAll(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.toList();
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
      return files.size();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not empty " + dir, e);
      return 0;
    }
  }
}
