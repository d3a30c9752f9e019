package icc.platform.crypto.transparency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Rules on key names and key IDs of C2SP signed notes, shared by signers, keys and parsers. */
final class NoteKeyNames {

  /** Signature type identifier byte of Ed25519 (C2SP signed-note, "Signature types"). */
  static final byte ED25519_TYPE = 0x01;

  private NoteKeyNames() {}

  /**
   * C2SP signed-note: "Key names MUST be non-empty and MUST NOT contain any Unicode spaces or
   * plus (U+002B) characters." Control characters are excluded by the note format itself.
   */
  static boolean isValidKeyName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    return name.codePoints()
        .noneMatch(
            c ->
                c == '+'
                    || c < 0x20
                    || c == 0x7f
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
  }

  /**
   * C2SP signed-note, "Ed25519 signatures": "key ID = SHA-256(key name || 0x0A || 0x01 ||
   * 32-byte Ed25519 public key)[:4]", read as a big-endian uint32.
   */
  static int ed25519KeyId(String name, byte[] rawPublicKey) {
    MessageDigest sha256 = Rfc6962Hasher.sha256();
    sha256.update(name.getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0x0A);
    sha256.update(ED25519_TYPE);
    sha256.update(rawPublicKey);
    byte[] digest = sha256.digest();
    return ((digest[0] & 0xff) << 24)
        | ((digest[1] & 0xff) << 16)
        | ((digest[2] & 0xff) << 8)
        | (digest[3] & 0xff);
  }
}
