package icc.platform.crypto.stream;

import icc.platform.crypto.CryptoException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Encrypts a plaintext stream into the segmented format in one pass and constant memory (two
 * segment buffers), optionally feeding the plaintext to a digest on the way so that the signature
 * needs no second read of the document.
 */
public final class SegmentedEncryptor {
  /** Maximum number of segments: the index is 32 bits in the nonce. */
  static final long MAX_SEGMENTS = 1L << 32;

  private final int segmentSize;
  private final SecureRandom random;

  public SegmentedEncryptor(SecureRandom random) {
    this(StreamHeader.DEFAULT_SEGMENT_SIZE, random);
  }

  public SegmentedEncryptor(int segmentSize, SecureRandom random) {
    this.segmentSize = segmentSize;
    this.random = random;
  }

  /**
   * Reads {@code plaintext} to its end and writes header and segments to {@code ciphertext}.
   *
   * @param dataKey 32-byte document key; the segment key is derived from it per document
   * @param digest if not null, updated with every plaintext byte
   * @return the number of plaintext bytes
   */
  public long encrypt(byte[] dataKey, InputStream plaintext, OutputStream ciphertext, MessageDigest digest)
      throws IOException, CryptoException {
    StreamHeader header = StreamHeader.create(segmentSize, random);
    SegmentCipher cipher;
    try {
      cipher = new SegmentCipher(dataKey, header);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot set up AES-256-GCM", e);
    }
    ciphertext.write(header.encoded());

    byte[] out = new byte[segmentSize + SegmentCipher.TAG_LENGTH]; // used by the worker only
    long total = 0;
    try (SegmentPipeline pipe = new SegmentPipeline(segmentSize, seg -> {
      ciphertext.write(out, 0, cipher.encrypt(seg.index, seg.last, seg.data, seg.length, out));
    })) {
      SegmentPipeline.Segment cur = pipe.acquire();
      cur.length = plaintext.readNBytes(cur.data, 0, segmentSize);
      for (long index = 0; ; index++) {
        // A segment is the last one when the input ends within it or right after it: we read one
        // segment ahead, so a document of exactly k*S bytes ends with a full segment flagged last.
        SegmentPipeline.Segment next = null;
        boolean last = cur.length < segmentSize;
        if (!last) {
          next = pipe.acquire();
          next.length = plaintext.readNBytes(next.data, 0, segmentSize);
          last = next.length == 0;
          if (last) {
            pipe.release(next);
          }
        }
        if (index >= MAX_SEGMENTS) {
          throw new CryptoException("document too large for one stream");
        }
        if (digest != null) {
          digest.update(cur.data, 0, cur.length); // on this thread, while the worker encrypts
        }
        total += cur.length;
        cur.index = index;
        cur.last = last;
        pipe.submit(cur);
        if (last) {
          break;
        }
        cur = next;
      }
      pipe.finish();
    }
    return total;
  }
}
