package icc.platform.crypto.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The vkey line: known answer, round trip, each rejection case. */
class NoteVerifierKeyTest {

  @Test
  void parsesAndReencodesTheGoKey() throws Exception {
    NoteVerifierKey key = NoteVerifierKey.parse(TestKeys.PETER_VKEY);
    assertEquals("PeterNeumann", key.name());
    assertEquals("c74f20a3", key.keyIdHex());
    assertEquals(32, key.rawPublicKey().length);
    assertEquals(TestKeys.PETER_VKEY, key.encode());
  }

  @Test
  void roundTripsAKeyWhoseBase64ContainsPlus() throws Exception {
    // Find a deterministic key whose encoding has '+' in the base64 part.
    for (int fill = 0; fill < 256; fill++) {
      NoteVerifierKey key =
          NoteVerifierKey.of("audit.icc-cpi.int/log", TestKeys.fromByte(fill).getPublic());
      String line = key.encode();
      if (line.split("\\+", -1).length > 3) { // more than the two separators
        assertEquals(key, NoteVerifierKey.parse(line));
        assertEquals(line, NoteVerifierKey.parse(line).encode());
        return;
      }
    }
    throw new AssertionError("no key with '+' in its base64 among 256 seeds");
  }

  private static String withKeyBytes(byte[] typeAndKey) {
    return "PeterNeumann+c74f20a3+" + Base64.getEncoder().encodeToString(typeAndKey);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "PeterNeumann",
        "PeterNeumann+c74f20a3",
        "+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // empty name
        "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // space in name
        "PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // uppercase hex
        "PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // 7 hex digits
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // wrong key ID
        "PeterNeumann2+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // other name
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TX", // other key
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T", // bad base64
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW\n", // newline
        " PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // leading space
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW ", // trailing space
        "PeterNeumann+c74f20a3+", // no key
      })
  void rejectsMalformedKeys(String vkey) {
    assertThrows(NoteFormatException.class, () -> NoteVerifierKey.parse(vkey));
  }

  @Test
  void rejectsOtherKeyTypesAndLengths() {
    byte[] ecdsaType = new byte[33];
    ecdsaType[0] = 0x02;
    assertThrows(NoteFormatException.class, () -> NoteVerifierKey.parse(withKeyBytes(ecdsaType)));
    byte[] shortKey = new byte[32];
    shortKey[0] = 0x01;
    assertThrows(NoteFormatException.class, () -> NoteVerifierKey.parse(withKeyBytes(shortKey)));
    byte[] longKey = new byte[34];
    longKey[0] = 0x01;
    assertThrows(NoteFormatException.class, () -> NoteVerifierKey.parse(withKeyBytes(longKey)));
    assertThrows(NoteFormatException.class, () -> NoteVerifierKey.parse(null));
    assertThrows(NoteFormatException.class, () -> NoteVerifierKey.parse("a+" + "0".repeat(2000)));
  }

  @Test
  void keyIdFollowsTheSignedNoteRecipe() throws Exception {
    // key ID = SHA-256(key name || 0x0A || 0x01 || public key)[:4]
    NoteVerifierKey key = NoteVerifierKey.parse(TestKeys.PETER_VKEY);
    var sha = java.security.MessageDigest.getInstance("SHA-256");
    sha.update("PeterNeumann\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    sha.update((byte) 1);
    sha.update(key.rawPublicKey());
    byte[] d = sha.digest();
    assertEquals(java.nio.ByteBuffer.wrap(d, 0, 4).getInt(), key.keyId());
  }
}
