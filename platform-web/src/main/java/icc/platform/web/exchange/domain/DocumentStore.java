package icc.platform.web.exchange.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where encrypted document content lives (a private folder under {@code PLATFORM_DATA_DIR}). An
 * upload writes to a pending file that only {@link Pending#publish} makes a stored document; a
 * pending file that is never published disappears (closed, or swept after a crash).
 */
public interface DocumentStore {

  /** A new pending file for the ciphertext of one upload. */
  Pending begin() throws IOException;

  /** Reads stored ciphertext. */
  InputStream open(String storageKey) throws IOException;

  /** A private scratch file for verified plaintext on its way to a client; the caller deletes it. */
  Path scratchFile() throws IOException;

  /** Deletes a published file whose index row was never committed. */
  void discard(String storageKey);

  /** One upload's ciphertext on its way in. */
  interface Pending extends AutoCloseable {
    OutputStream output();

    /** Flushes to disk and moves it into the store under a new storage key, atomically. */
    String publish() throws IOException;

    /** Deletes the file unless it was published. */
    @Override
    void close();
  }
}
