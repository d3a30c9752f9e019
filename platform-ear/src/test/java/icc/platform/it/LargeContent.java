package icc.platform.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Documents of hundreds of megabytes without holding them in the test's heap: a deterministic
 * pseudo-random stream (the same seed gives the same bytes) generated while it is sent, and
 * SHA-256 computed while bytes are sent or received.
 */
final class LargeContent {

  private LargeContent() {}

  /** {@code length} pseudo-random bytes of {@code seed}, generated 64 KiB at a time. */
  static final class Generated extends InputStream {
    private final SplittableRandom random;
    private final MessageDigest digest = sha256();
    private final byte[] block = new byte[64 * 1024];
    private final long length;
    private long produced;
    private int position = block.length;

    Generated(long length, long seed) {
      this.length = length;
      this.random = new SplittableRandom(seed);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (produced >= length) {
        return -1;
      }
      if (position == block.length) {
        random.nextBytes(block);
        position = 0;
      }
      int n = (int) Math.min(Math.min(len, block.length - position), length - produced);
      System.arraycopy(block, position, b, off, n);
      digest.update(block, position, n);
      position += n;
      produced += n;
      return n;
    }

    long produced() {
      return produced;
    }

    /** SHA-256 (hex) of what was read so far; call once everything was read. */
    String sha256Hex() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  /** SHA-256 (hex) and length of a stream, read to its end in 256 KiB steps. */
  record Digest(String sha256, long length) {}

  static Digest digest(InputStream in) throws IOException {
    MessageDigest md = sha256();
    byte[] buf = new byte[256 * 1024];
    long total = 0;
    try (in) {
      for (int n; (n = in.read(buf)) >= 0; ) {
        md.update(buf, 0, n);
        total += n;
      }
    }
    return new Digest(HexFormat.of().formatHex(md.digest()), total);
  }

  /** Streams {@code content} as a document upload with its Content-Length. */
  static HttpResponse<String> upload(String thread, String token, String filename, Generated content, long length) {
    return TestPlatform.send(HttpRequest.newBuilder(URI.create(TestPlatform.URL + "/api/v1/threads/" + thread
            + "/documents?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8)))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/octet-stream")
        .timeout(java.time.Duration.ofMinutes(15))
        .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> content), length))
        .build());
  }

  /** GET as a stream (status, headers, and the body to read and close). */
  static HttpResponse<InputStream> stream(String path, String token) throws IOException, InterruptedException {
    return TestPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.URL + path))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
