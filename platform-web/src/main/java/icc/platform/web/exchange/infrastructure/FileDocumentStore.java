package icc.platform.web.exchange.infrastructure;

import icc.platform.web.exchange.domain.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.io.FilterOutputStream;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import jakarta.annotation.Resource;
import java.util.concurrent.ExecutorService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypted documents as files under {@code PLATFORM_DATA_DIR/exchange} (docs/exchange.md
 * "Storage"):
 *
 * <pre>
 * documents/&lt;2 hex&gt;/&lt;uuid&gt;.iccs   published ciphertext (segmented AES-256-GCM, docs/crypto.md)
 * incoming/&lt;node&gt;/*.part            uploads in progress on this server node
 * scratch/&lt;node&gt;/                   verified plaintext on its way to a client (deleted after)
 * </pre>
 *
 * An upload is written to {@code incoming}, forced to disk, then renamed into {@code documents}
 * (atomic within one file system) just before its index row commits. Only a committed row makes a
 * document visible; files without a row are removed by {@link StorageJanitor}. Every file is
 * readable by the server's user only.
 */
@ApplicationScoped
public class FileDocumentStore implements DocumentStore {

  private static final System.Logger LOG = System.getLogger(FileDocumentStore.class.getName());
  static final String SUFFIX = ".iccs";
  static final Pattern STORAGE_KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f-]{36}\\.iccs");

  @Inject
  @ConfigProperty(name = "platform.data-dir")
  Optional<String> dataDir;

  /**
   * Runs the background write-backs of uploads in progress (see {@link #WRITE_BACK_STEP}); the
   * server's default managed executor.
   */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ExecutorService writeBacks;

  /**
   * An upload's part file is written back to disk in the background every this many bytes, so
   * that the {@code fsync} before publishing only has the last step left to write. Without it the
   * whole file (up to the 2 GiB limit) sat in the page cache until that fsync: 1.45-1.65 s of a
   * 6.5 s 1 GiB upload on the benchmark machine (docs/benchmarks.md, section exchange).
   */
  static final long WRITE_BACK_STEP = 32L << 20;

  /** Whether a data folder is configured at all. */
  public boolean configured() {
    return dataDir.isPresent();
  }

  Path root() {
    return Path.of(dataDir.orElseThrow(() -> new IllegalStateException(
        "platform.data-dir (PLATFORM_DATA_DIR) is not set: nowhere to store documents"))).resolve("exchange");
  }

  /** The server node's name: each node cleans only its own incoming and scratch folders. */
  static String node() {
    return System.getProperty("com.sun.aas.instanceName", "server").replaceAll("[^A-Za-z0-9_-]", "_");
  }

  Path documents() {
    return root().resolve("documents");
  }

  Path incoming() {
    return root().resolve("incoming").resolve(node());
  }

  Path scratch() {
    return root().resolve("scratch").resolve(node());
  }

  @Override
  public Pending begin() throws IOException {
    Path dir = privateDirectory(incoming());
    Path part = Files.createTempFile(dir, "upload-", ".part"); // 0600 on POSIX
    return new FilePending(part);
  }

  @Override
  public InputStream open(String storageKey) throws IOException {
    return Files.newInputStream(resolve(storageKey));
  }

  @Override
  public Path scratchFile() throws IOException {
    return privateDirectory(scratch()).resolve("download-" + UUID.randomUUID());
  }

  @Override
  public void discard(String storageKey) {
    try {
      Files.deleteIfExists(resolve(storageKey));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete uncommitted document file " + storageKey + "; the janitor will retry", e);
    }
  }

  Path resolve(String storageKey) {
    if (!STORAGE_KEY.matcher(storageKey).matches()) {
      throw new IllegalArgumentException("not a storage key");
    }
    return documents().resolve(storageKey);
  }

  static Path privateDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      try {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException e) {
        // not POSIX
      }
    }
    return dir;
  }

  private final class FilePending implements Pending {
    private final Path part;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean published;
    private long notWrittenBack;
    private Future<?> writeBack = CompletableFuture.completedFuture(null);

    FilePending(Path part) throws IOException {
      this.part = part;
      this.channel = FileChannel.open(part, StandardOpenOption.WRITE);
      this.out = new FilterOutputStream(Channels.newOutputStream(channel)) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          written(len);
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          written(1);
        }
      };
    }

    /**
     * Starts a write-back of what was written so far when a step is full and the previous one is
     * done (never more than one at a time per upload; a busy disk just gets fewer, larger ones).
     * {@code force} and {@code write} on one FileChannel may run concurrently.
     */
    private void written(long n) {
      notWrittenBack += n;
      if (notWrittenBack >= WRITE_BACK_STEP && writeBacks != null && writeBack.isDone()) {
        notWrittenBack = 0;
        writeBack = writeBacks.submit(() -> {
          channel.force(false);
          return null;
        });
      }
    }

    private void awaitWriteBack() throws IOException {
      try {
        writeBack.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while writing the upload to disk");
      } catch (ExecutionException e) {
        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
      }
    }

    @Override
    public OutputStream output() {
      return out;
    }

    @Override
    public String publish() throws IOException {
      awaitWriteBack();
      channel.force(true);
      out.close();
      String name = UUID.randomUUID().toString();
      String key = name.substring(0, 2) + "/" + name + SUFFIX;
      Path target = resolve(key);
      privateDirectory(target.getParent());
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
        dir.force(true); // the rename itself survives a crash
      } catch (IOException e) {
        // some file systems cannot sync a directory; the rename is still atomic
      }
      published = true;
      return key;
    }

    @Override
    public void close() {
      if (published) {
        return;
      }
      try {
        awaitWriteBack(); // before closing the channel under it
      } catch (IOException e) {
        // deleting anyway
      }
      try {
        out.close();
      } catch (IOException e) {
        // deleting anyway
      }
      try {
        Files.deleteIfExists(part);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete an abandoned upload " + part + "; the janitor will retry", e);
      }
    }
  }
}
