package icc.platform.web.exchange.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.exchange.domain.DocumentStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part files: written back in the background while they grow, published whole, or left nowhere. */
class FileDocumentStoreTest {

  @TempDir Path data;
  private final AtomicInteger writeBacks = new AtomicInteger();
  private ExecutorService executor;
  private FileDocumentStore store;

  @BeforeEach
  void store() {
    executor = Executors.newSingleThreadExecutor();
    store = new FileDocumentStore();
    store.dataDir = Optional.of(data.toString());
    store.writeBacks = new java.util.concurrent.AbstractExecutorService() {
      @Override
      public void execute(Runnable command) {
        writeBacks.incrementAndGet();
        executor.execute(command);
      }

      @Override
      public void shutdown() {}

      @Override
      public java.util.List<Runnable> shutdownNow() {
        return java.util.List.of();
      }

      @Override
      public boolean isShutdown() {
        return false;
      }

      @Override
      public boolean isTerminated() {
        return false;
      }

      @Override
      public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) {
        return true;
      }
    };
  }

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void aLargeUploadIsWrittenBackWhileItGrowsAndPublishedByteForByte() throws Exception {
    byte[] content = new byte[(int) (3 * FileDocumentStore.WRITE_BACK_STEP + 12345)];
    new Random(5).nextBytes(content);
    String key;
    try (DocumentStore.Pending pending = store.begin()) {
      OutputStream out = pending.output();
      for (int off = 0; off < content.length; off += 64 * 1024) {
        out.write(content, off, Math.min(64 * 1024, content.length - off));
      }
      key = pending.publish();
    }
    assertTrue(writeBacks.get() >= 1, "written back in the background while growing: " + writeBacks.get());
    try (InputStream in = store.open(key)) {
      assertArrayEquals(content, in.readAllBytes());
    }
    assertEquals(0, files(store.incoming()), "no part file left");
  }

  @Test
  void anAbandonedUploadLeavesNothing() throws Exception {
    try (DocumentStore.Pending pending = store.begin()) {
      byte[] block = new byte[1 << 20];
      for (int i = 0; i < FileDocumentStore.WRITE_BACK_STEP / block.length + 2; i++) {
        pending.output().write(block);
      }
      // no publish: the upload failed or was refused
    }
    assertEquals(0, files(store.incoming()));
    assertFalse(Files.exists(store.documents()) && files(store.documents()) > 0);
  }

  private static long files(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).count();
    }
  }
}
