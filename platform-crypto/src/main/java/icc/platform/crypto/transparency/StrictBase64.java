package icc.platform.crypto.transparency;

import java.util.Base64;

/**
 * Standard base64 (RFC 4648 section 4, with padding), as C2SP signed notes and checkpoints use
 * it, decoded strictly: the JDK decoder tolerates missing padding and non-zero trailing bits, so
 * the text is accepted only if re-encoding the bytes gives it back exactly. One value then has
 * one text, and a modified signature line cannot still verify.
 */
final class StrictBase64 {

  private StrictBase64() {}

  static byte[] decode(String text, String what) throws NoteFormatException {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new NoteFormatException(what + " is not valid base64");
    }
    if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
      throw new NoteFormatException(what + " is not canonical padded base64");
    }
    return bytes;
  }

  static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
