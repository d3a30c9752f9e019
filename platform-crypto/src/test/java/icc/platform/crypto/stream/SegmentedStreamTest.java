package icc.platform.crypto.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.IntegrityException;
import icc.platform.crypto.MalformedDataException;
import icc.platform.crypto.TestPki;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentedStreamTest {
  static final int S = 1024; // small segments keep the exhaustive tamper tests fast
  static final int CHUNK = S + 16;
  static final int H = StreamHeader.LENGTH;

  final SecureRandom random = TestPki.seeded(42);
  final byte[] key = bytes(32, 7);

  static byte[] bytes(int n, int seed) {
    byte[] b = new byte[n];
    TestPki.seeded(seed).nextBytes(b);
    return b;
  }

  byte[] encrypt(byte[] plain, int segmentSize) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = new SegmentedEncryptor(segmentSize, random).encrypt(key, new ByteArrayInputStream(plain), out, null);
    assertEquals(plain.length, n);
    return out.toByteArray();
  }

  byte[] decrypt(byte[] key, byte[] ct) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SegmentedDecryptor().decrypt(key, new ByteArrayInputStream(ct), out, null);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, S - 1, S, S + 1, 2 * S, 3 * S, 3 * S + 17})
  void roundTripsAtSegmentBoundaries(int size) throws Exception {
    byte[] plain = bytes(size, size);
    byte[] ct = encrypt(plain, S);
    // segment count: ceil(size/S), at least one; exact multiples end with a full last segment
    int segments = Math.max(1, (size + S - 1) / S);
    assertEquals(H + size + 16L * segments, ct.length);
    assertArrayEquals(plain, decrypt(key, ct));
  }

  @Test
  void defaultSegmentSizeRoundTripWithDigest() throws Exception {
    byte[] plain = bytes(200_000, 3);
    ByteArrayOutputStream ct = new ByteArrayOutputStream();
    MessageDigest md1 = MessageDigest.getInstance("SHA-256");
    new SegmentedEncryptor(random).encrypt(key, new ByteArrayInputStream(plain), ct, md1);
    MessageDigest md2 = MessageDigest.getInstance("SHA-256");
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    new SegmentedDecryptor().decrypt(key, new ByteArrayInputStream(ct.toByteArray()), back, md2);
    assertArrayEquals(plain, back.toByteArray());
    byte[] expected = MessageDigest.getInstance("SHA-256").digest(plain);
    assertArrayEquals(expected, md1.digest());
    assertArrayEquals(expected, md2.digest());
  }

  @Test
  void twoEncryptionsOfTheSameDocumentDiffer() throws Exception {
    byte[] plain = bytes(100, 1);
    assertTrue(!Arrays.equals(encrypt(plain, S), encrypt(plain, S)));
  }

  /**
   * Known answer from an independent implementation of docs/crypto.md (Bouncy Castle's
   * lightweight HKDF and AES-GCM, not the JCA code under test): if the document and the code
   * disagree, this fails.
   */
  @Test
  void independentReaderFollowingTheSpecDecryptsOurOutput() throws Exception {
    byte[] plain = bytes(2 * S + 5, 9);
    byte[] ct = encrypt(plain, S);
    assertArrayEquals(plain, IndependentReader.read(key, ct));
  }

  @Test
  void fixedVector() throws Exception {
    // Everything fixed: header, key, plaintext. The expected bytes were produced by the
    // independent reader's own encryption, so writer and spec are pinned together.
    byte[] header = ByteBuffer.allocate(H).put(StreamHeader.MAGIC).put((byte) 1).putInt(S)
        .put(bytes(39, 5)).array();
    byte[] plain = "ICC".getBytes();
    byte[] expected = IndependentReader.encryptSingleSegment(key, header, plain);
    SecureRandom fixed = new SecureRandom() {
      @Override
      public void nextBytes(byte[] b) {
        System.arraycopy(header, 9, b, 0, b.length);
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SegmentedEncryptor(S, fixed).encrypt(key, new ByteArrayInputStream(plain), out, null);
    assertArrayEquals(expected, out.toByteArray());
  }

  @Test
  void wrongKeyIsAnIntegrityFailure() throws Exception {
    byte[] ct = encrypt(bytes(10, 1), S);
    assertThrows(IntegrityException.class, () -> decrypt(bytes(32, 8), ct));
  }

  @Test
  void emptyAndTinyInputsAreRejected() throws Exception {
    assertThrows(MalformedDataException.class, () -> decrypt(key, new byte[0]));
    assertThrows(MalformedDataException.class, () -> decrypt(key, new byte[] {'I'}));
    byte[] ct = encrypt(bytes(10, 1), S);
    assertThrows(MalformedDataException.class, () -> decrypt(key, Arrays.copyOf(ct, H - 1)));
    assertThrows(IntegrityException.class, () -> decrypt(key, Arrays.copyOf(ct, H)), "header only");
    assertThrows(IntegrityException.class, () -> decrypt(key, Arrays.copyOf(ct, H + 15)), "shorter than a tag");
  }

  @Test
  void garbageIsRejected() {
    byte[] g = bytes(5000, 77);
    assertThrows(MalformedDataException.class, () -> decrypt(key, g));
    byte[] g2 = g.clone();
    System.arraycopy(new byte[] {'I', 'C', 'C', 'S', 1, 0, 0, 4, 0}, 0, g2, 0, 9);
    assertThrows(IntegrityException.class, () -> decrypt(key, g2));
  }

  @Test
  void hostileSegmentSizeIsRejectedBeforeAllocating() throws Exception {
    byte[] ct = encrypt(bytes(10, 1), S);
    ByteBuffer.wrap(ct).putInt(5, Integer.MAX_VALUE);
    assertThrows(MalformedDataException.class, () -> decrypt(key, ct));
    ByteBuffer.wrap(ct).putInt(5, 0);
    assertThrows(MalformedDataException.class, () -> decrypt(key, ct));
  }

  /** Flip one bit in every byte of header, segments, tags and the last segment, one at a time. */
  @Test
  void everySingleBitFlipIsDetected() throws Exception {
    byte[] ct = encrypt(bytes(2 * S + 100, 4), S);
    for (int i = 0; i < ct.length; i++) {
      byte[] t = ct.clone();
      t[i] ^= (byte) (1 << (i % 8));
      int pos = i;
      CryptoException e = assertThrows(CryptoException.class, () -> decrypt(key, t), () -> "flip at " + pos);
      assertTrue(e instanceof IntegrityException || e instanceof MalformedDataException);
    }
  }

  @Test
  void reorderedSegmentsAreDetected() throws Exception {
    byte[] ct = encrypt(bytes(3 * S + 10, 4), S);
    byte[] t = ct.clone();
    System.arraycopy(ct, H, t, H + CHUNK, CHUNK);
    System.arraycopy(ct, H + CHUNK, t, H, CHUNK);
    assertThrows(IntegrityException.class, () -> decrypt(key, t));
  }

  @Test
  void droppedDuplicatedTruncatedOrExtendedSegmentsAreDetected() throws Exception {
    byte[] ct = encrypt(bytes(3 * S + 10, 4), S);
    // drop segment 1
    byte[] dropped = concat(Arrays.copyOf(ct, H + CHUNK), Arrays.copyOfRange(ct, H + 2 * CHUNK, ct.length));
    assertThrows(IntegrityException.class, () -> decrypt(key, dropped));
    // duplicate segment 0
    byte[] dup = concat(Arrays.copyOf(ct, H + CHUNK), Arrays.copyOfRange(ct, H, ct.length));
    assertThrows(IntegrityException.class, () -> decrypt(key, dup));
    // cut at a segment boundary: the last flag is missing
    assertThrows(IntegrityException.class, () -> decrypt(key, Arrays.copyOf(ct, H + 3 * CHUNK)));
    assertThrows(IntegrityException.class, () -> decrypt(key, Arrays.copyOf(ct, H + CHUNK)));
    // cut inside the last segment
    assertThrows(IntegrityException.class, () -> decrypt(key, Arrays.copyOf(ct, ct.length - 1)));
    // bytes appended after the last segment
    assertThrows(IntegrityException.class, () -> decrypt(key, concat(ct, new byte[] {0})));
    assertThrows(IntegrityException.class, () -> decrypt(key, concat(ct, Arrays.copyOfRange(ct, H, H + CHUNK))));
  }

  @Test
  void exactMultipleCannotBeExtendedWithAnEmptyLastSegment() throws Exception {
    byte[] ct = encrypt(bytes(2 * S, 4), S);
    byte[] t = concat(ct, new byte[16]);
    CryptoException e = assertThrows(CryptoException.class, () -> decrypt(key, t));
    assertTrue(e instanceof IntegrityException || e instanceof MalformedDataException);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /** A from-scratch reader of docs/crypto.md "Segmented stream", on Bouncy Castle lightweight classes. */
  static final class IndependentReader {
    static byte[] segmentKey(byte[] dataKey, byte[] header) {
      byte[] label = "ICC platform segmented AES-256-GCM v1".getBytes();
      HKDFBytesGenerator g = new HKDFBytesGenerator(new SHA256Digest());
      g.init(new HKDFParameters(dataKey, Arrays.copyOfRange(header, 9, 41), concat(label, header)));
      byte[] k = new byte[32];
      g.generateBytes(k, 0, 32);
      return k;
    }

    static byte[] nonce(byte[] header, int index, boolean last) {
      return ByteBuffer.allocate(12).put(header, 41, 7).putInt(index).put((byte) (last ? 1 : 0)).array();
    }

    static byte[] gcm(boolean enc, byte[] k, byte[] nonce, byte[] in) throws Exception {
      GCMBlockCipher c = (GCMBlockCipher) GCMBlockCipher.newInstance(AESEngine.newInstance());
      c.init(enc, new AEADParameters(new KeyParameter(k), 128, nonce));
      byte[] out = new byte[c.getOutputSize(in.length)];
      int n = c.processBytes(in, 0, in.length, out, 0);
      n += c.doFinal(out, n);
      return Arrays.copyOf(out, n);
    }

    static byte[] encryptSingleSegment(byte[] dataKey, byte[] header, byte[] plain) throws Exception {
      return concat(header, gcm(true, segmentKey(dataKey, header), nonce(header, 0, true), plain));
    }

    static byte[] read(byte[] dataKey, byte[] ct) throws Exception {
      byte[] header = Arrays.copyOf(ct, H);
      int s = ByteBuffer.wrap(header, 5, 4).getInt();
      byte[] k = segmentKey(dataKey, header);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int pos = H;
      for (int i = 0; ; i++) {
        int len = Math.min(s + 16, ct.length - pos);
        boolean last = pos + len == ct.length;
        out.write(gcm(false, k, nonce(header, i, last), Arrays.copyOfRange(ct, pos, pos + len)));
        pos += len;
        if (last) {
          return out.toByteArray();
        }
      }
    }
  }
}
