package icc.platform.crypto.stream;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.IntegrityException;
import icc.platform.crypto.MalformedDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * Decrypts the segmented format in constant memory. Each segment is written only after its own
 * tag verified, but a stream cut after a full segment is detected only at the end (the last flag):
 * callers must treat the output as unverified until this method returns normally. {@code
 * icc.platform.crypto.envelope.Quarantine} does that for files.
 */
public final class SegmentedDecryptor {

  /**
   * @param digest if not null, updated with every authenticated plaintext byte
   * @return the number of plaintext bytes written
   * @throws IntegrityException a tag failed: wrong key, change, reordering, truncation
   * @throws MalformedDataException the header or the segment layout is invalid
   */
  public long decrypt(byte[] dataKey, InputStream ciphertext, OutputStream plaintext, MessageDigest digest)
      throws IOException, CryptoException {
    StreamHeader header = StreamHeader.read(ciphertext);
    int segmentSize = header.segmentSize();
    int chunk = segmentSize + SegmentCipher.TAG_LENGTH;
    SegmentCipher cipher;
    try {
      cipher = new SegmentCipher(dataKey, header);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot set up AES-256-GCM", e);
    }
    byte[] cur = new byte[chunk];
    byte[] next = new byte[chunk];
    int curLen = ciphertext.readNBytes(cur, 0, chunk);
    if (curLen == 0) {
      throw new IntegrityException("stream has a header but no segment (truncated)");
    }
    long total = 0;
    // This thread reads and authenticates; the worker hashes and writes only authenticated segments.
    try (SegmentPipeline pipe = new SegmentPipeline(chunk, seg -> {
      if (digest != null) {
        digest.update(seg.data, 0, seg.length);
      }
      plaintext.write(seg.data, 0, seg.length);
    })) {
      for (long index = 0; ; index++) {
        int nextLen = curLen < chunk ? 0 : ciphertext.readNBytes(next, 0, chunk);
        boolean last = nextLen == 0;
        if (curLen < SegmentCipher.TAG_LENGTH) {
          throw new IntegrityException("segment " + index + " is shorter than its tag (truncated)");
        }
        if (last && curLen == SegmentCipher.TAG_LENGTH && index > 0) {
          // Writers never emit an empty last segment after a full one; refusing it keeps one
          // encoding per plaintext.
          throw new MalformedDataException("empty last segment after segment " + (index - 1));
        }
        if (index >= SegmentedEncryptor.MAX_SEGMENTS) {
          throw new MalformedDataException("too many segments");
        }
        SegmentPipeline.Segment seg = pipe.acquire();
        try {
          seg.length = cipher.decrypt(index, last, cur, curLen, seg.data);
        } catch (GeneralSecurityException e) {
          throw new CryptoException("AES-256-GCM failed", e);
        }
        seg.index = index;
        seg.last = last;
        total += seg.length;
        pipe.submit(seg);
        if (last) {
          break;
        }
        byte[] t = cur;
        cur = next;
        next = t;
        curLen = nextLen;
      }
      pipe.finish();
    }
    return total;
  }
}
