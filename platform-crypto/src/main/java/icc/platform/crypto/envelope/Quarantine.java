package icc.platform.crypto.envelope;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A temporary file next to the target where unverified plaintext is written. It becomes the
 * target only by {@link #promote()} (one atomic rename, after every tag and the signature
 * verified); {@link #close()} without promotion deletes it, so a failure leaves no partial output.
 * Next to the target, so the rename stays within one file system and is atomic.
 */
public final class Quarantine implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final OutputStream out;
  private boolean done;

  private Quarantine(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    Path dir = this.target.getParent();
    // createTempFile makes the file readable by its owner only (0600) on POSIX systems.
    this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".quarantine");
    // Unbuffered: the decryptor writes whole 64 KiB segments, a buffer would only add a copy.
    this.out = Files.newOutputStream(temp);
  }

  /** A quarantine for {@code target}; the target's directory must exist. */
  public static Quarantine beside(Path target) throws IOException {
    return new Quarantine(target);
  }

  public OutputStream output() {
    return out;
  }

  /** Atomically moves the verified plaintext to the target, replacing it if it exists. */
  public void promote() throws IOException {
    out.close();
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    done = true;
  }

  /** Deletes the quarantined data unless it was promoted. */
  @Override
  public void close() throws IOException {
    if (!done) {
      try {
        out.close();
      } finally {
        Files.deleteIfExists(temp);
        done = true;
      }
    }
  }
}
