package icc.platform.crypto.stream;

import icc.platform.crypto.MalformedDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The 48-byte header in front of the segments (docs/crypto.md, "Segmented stream"):
 *
 * <pre>
 * offset size
 *  0      4   magic "ICCS" (0x49 0x43 0x43 0x53)
 *  4      1   version 0x01
 *  5      4   segment size S, unsigned big-endian: plaintext bytes per segment
 *  9     32   HKDF salt, random per document
 * 41      7   nonce prefix, random per document
 * </pre>
 *
 * The header is not encrypted but is authenticated: all 48 bytes go into the HKDF info that
 * derives the segment key, so changing any bit yields a different key and segment 0 fails.
 */
public final class StreamHeader {
  public static final int LENGTH = 48;
  static final byte[] MAGIC = {'I', 'C', 'C', 'S'};
  static final byte VERSION = 1;
  static final int SALT_LENGTH = 32;
  static final int NONCE_PREFIX_LENGTH = 7;

  /** Segment size this library writes: 64 KiB keeps SunJCE GCM on its fast path. */
  public static final int DEFAULT_SEGMENT_SIZE = 64 * 1024;

  /** Readers accept these bounds so that a hostile header cannot make us allocate gigabytes. */
  public static final int MIN_SEGMENT_SIZE = 1024;

  public static final int MAX_SEGMENT_SIZE = 1024 * 1024;

  private final byte[] encoded;

  private StreamHeader(byte[] encoded) {
    this.encoded = encoded;
  }

  /** A fresh header with random salt and nonce prefix. */
  public static StreamHeader create(int segmentSize, SecureRandom random) {
    if (segmentSize < MIN_SEGMENT_SIZE || segmentSize > MAX_SEGMENT_SIZE) {
      throw new IllegalArgumentException("segment size out of range: " + segmentSize);
    }
    ByteBuffer b = ByteBuffer.allocate(LENGTH);
    b.put(MAGIC).put(VERSION).putInt(segmentSize);
    byte[] rnd = new byte[SALT_LENGTH + NONCE_PREFIX_LENGTH];
    random.nextBytes(rnd);
    b.put(rnd);
    return new StreamHeader(b.array());
  }

  /** Reads and checks exactly {@link #LENGTH} bytes. */
  public static StreamHeader read(InputStream in) throws IOException, MalformedDataException {
    byte[] h = in.readNBytes(LENGTH);
    if (h.length < LENGTH) {
      throw new MalformedDataException(
          "not a platform stream: " + h.length + " bytes, the header alone is " + LENGTH);
    }
    if (!Arrays.equals(h, 0, 4, MAGIC, 0, 4)) {
      throw new MalformedDataException("not a platform stream: bad magic");
    }
    if (h[4] != VERSION) {
      throw new MalformedDataException("unsupported stream version " + (h[4] & 0xff));
    }
    int s = ByteBuffer.wrap(h, 5, 4).getInt();
    if (s < MIN_SEGMENT_SIZE || s > MAX_SEGMENT_SIZE) {
      throw new MalformedDataException("segment size out of range: " + Integer.toUnsignedString(s));
    }
    return new StreamHeader(h);
  }

  public int segmentSize() {
    return ByteBuffer.wrap(encoded, 5, 4).getInt();
  }

  byte[] salt() {
    return Arrays.copyOfRange(encoded, 9, 9 + SALT_LENGTH);
  }

  byte[] noncePrefix() {
    return Arrays.copyOfRange(encoded, 41, 41 + NONCE_PREFIX_LENGTH);
  }

  public byte[] encoded() {
    return encoded.clone();
  }
}
