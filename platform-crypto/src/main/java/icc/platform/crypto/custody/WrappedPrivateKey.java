package icc.platform.crypto.custody;

import icc.platform.crypto.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A private key encrypted under the master key, as stored in the database:
 *
 * <pre>
 * 1 byte   version 0x01
 * 1 byte   length L of the key algorithm name, then L ASCII bytes ("EC", "RSA")
 * 12 bytes AES-GCM IV
 * rest     AES-256-GCM ciphertext of the PKCS#8 PrivateKeyInfo (RFC 5958), then the 16-byte tag;
 *          AAD = "ICC platform wrapped private key v1/" || algorithm name || "/" || key label
 * </pre>
 *
 * The label (e.g. "org:RU-FIU:encryption:2026") is bound as AAD, so a wrapped key cannot be
 * swapped for another organisation's row without the unwrap failing.
 */
public record WrappedPrivateKey(String algorithm, byte[] iv, byte[] ciphertext) {
  static final byte VERSION = 1;

  public byte[] encoded() {
    byte[] alg = algorithm.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(2 + alg.length + iv.length + ciphertext.length)
        .put(VERSION).put((byte) alg.length).put(alg).put(iv).put(ciphertext).array();
  }

  public static WrappedPrivateKey parse(byte[] b) throws MalformedDataException {
    if (b == null || b.length < 2 + 12 + 16 || b[0] != VERSION) {
      throw new MalformedDataException("not a wrapped private key (version or length)");
    }
    int l = b[1] & 0xff;
    if (l == 0 || b.length < 2 + l + 12 + 16) {
      throw new MalformedDataException("wrapped private key truncated");
    }
    String alg = new String(b, 2, l, StandardCharsets.US_ASCII);
    if (!alg.equals("EC") && !alg.equals("RSA")) {
      throw new MalformedDataException("unsupported wrapped key algorithm");
    }
    byte[] iv = java.util.Arrays.copyOfRange(b, 2 + l, 2 + l + 12);
    byte[] ct = java.util.Arrays.copyOfRange(b, 2 + l + 12, b.length);
    return new WrappedPrivateKey(alg, iv, ct);
  }
}
