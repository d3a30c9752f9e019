package icc.platform.crypto.stream;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF with HMAC-SHA-256 (RFC 5869), enough of it to derive one key of at most 32 bytes. */
public final class Hkdf {
  private static final int HASH_LEN = 32;

  private Hkdf() {}

  /**
   * RFC 5869 section 2.2 (extract) then 2.3 (expand) for {@code length} bytes.
   *
   * @throws GeneralSecurityException only if the JDK lacks HmacSHA256, which it never does
   */
  public static byte[] deriveKey(byte[] ikm, byte[] salt, byte[] info, int length)
      throws GeneralSecurityException {
    if (length < 1 || length > 255 * HASH_LEN) {
      throw new GeneralSecurityException("HKDF length out of range: " + length);
    }
    Mac mac = Mac.getInstance("HmacSHA256");
    // RFC 5869 section 2.2: "if not provided, [salt] is set to a string of HashLen zeros".
    byte[] s = salt == null || salt.length == 0 ? new byte[HASH_LEN] : salt;
    mac.init(new SecretKeySpec(s, "HmacSHA256"));
    byte[] prk = mac.doFinal(ikm);
    mac.init(new SecretKeySpec(prk, "HmacSHA256"));
    byte[] out = new byte[length];
    byte[] t = new byte[0];
    int done = 0;
    for (int i = 1; done < length; i++) {
      mac.update(t);
      mac.update(info);
      mac.update((byte) i);
      t = mac.doFinal();
      int n = Math.min(t.length, length - done);
      System.arraycopy(t, 0, out, done, n);
      done += n;
    }
    return out;
  }
}
