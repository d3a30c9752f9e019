package icc.platform.crypto.transparency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** C2SP tlog-checkpoint bodies: the spec's example, round trips, each rejection case. */
class CheckpointTest {

  private static final String ROOT = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";

  @Test
  void parsesTheSpecExample() throws Exception {
    Checkpoint c = Checkpoint.parse("example.com/behind-the-sofa\n20852163\n" + ROOT + "\n");
    assertEquals("example.com/behind-the-sofa", c.origin());
    assertEquals(20852163L, c.size());
    assertArrayEquals(Base64.getDecoder().decode(ROOT), c.rootHash());
    assertEquals(List.of(), c.extensions());
    assertEquals(Optional.empty(), c.timestamp());
  }

  @Test
  void roundTripsWithATimestampLine() throws Exception {
    Instant when = Instant.parse("2025-06-01T12:34:56.789Z");
    Checkpoint c = Checkpoint.of("audit.icc-cpi.int/log", 42, Rfc6962Hasher.emptyRoot(), when);
    String text = c.toText();
    assertEquals(
        "audit.icc-cpi.int/log\n42\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"
            + "timestamp 2025-06-01T12:34:56Z\n",
        text);
    Checkpoint parsed = Checkpoint.parse(text);
    assertEquals(c, parsed);
    assertEquals(Optional.of(Instant.parse("2025-06-01T12:34:56Z")), parsed.timestamp());
  }

  @Test
  void keepsOtherExtensionLines() throws Exception {
    String text = "o\n0\n" + ROOT + "\ntimestamp 2025-01-01T00:00:00Z\nsomething else\n";
    Checkpoint c = Checkpoint.parse(text);
    assertEquals(List.of("timestamp 2025-01-01T00:00:00Z", "something else"), c.extensions());
    assertEquals(text, c.toText());
  }

  @Test
  void opensASignedCheckpoint() throws Exception {
    NoteSigner signer = TestKeys.signer("audit.icc-cpi.int/log", TestKeys.fromByte(5));
    Checkpoint c = Checkpoint.of("audit.icc-cpi.int/log", 7, Rfc6962Hasher.emptyRoot(), Instant.EPOCH);
    String note = signer.signNote(c.toText()).encode();
    assertEquals(c, Checkpoint.open(note, signer.verifierKey()));
    NoteVerifierKey other =
        TestKeys.signer("audit.icc-cpi.int/log", TestKeys.fromByte(6)).verifierKey();
    assertThrows(NoteVerificationException.class, () -> Checkpoint.open(note, other));
    assertThrows(
        NoteVerificationException.class,
        () -> Checkpoint.open(note.replace("\n7\n", "\n8\n"), signer.verifierKey()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "origin\n", // one line
        "origin\n5\n", // two lines
        "origin\n5\n" + ROOT, // no final newline
        "\n5\n" + ROOT + "\n", // empty origin
        "my log\n5\n" + ROOT + "\n", // space in origin
        "a+b\n5\n" + ROOT + "\n", // plus in origin
        "origin\n05\n" + ROOT + "\n", // leading zero
        "origin\n-5\n" + ROOT + "\n", // negative
        "origin\n+5\n" + ROOT + "\n", // sign
        "origin\n5 \n" + ROOT + "\n", // trailing space
        "origin\nfive\n" + ROOT + "\n", // not a number
        "origin\n9223372036854775808\n" + ROOT + "\n", // 2^63, beyond a long
        "origin\n99999999999999999999\n" + ROOT + "\n", // 20 digits
        "origin\n5\nnot base64!\n", // root not base64
        "origin\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n", // root without padding
        "origin\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxqw==\n", // 31-byte root
        "origin\n5\n\n", // empty root
        "origin\n5\n" + ROOT + "\n\n", // empty extension line
        "origin\n5\n" + ROOT + "\ntimestamp 2025-01-01T00:00:00Z\ntimestamp 2025-01-01T00:00:00Z\n",
        "origin\n5\n" + ROOT + "\ntimestamp yesterday\n",
        "origin\n5\n" + ROOT + "\ntimestamp 2025-13-01T00:00:00Z\n", // month 13
        "origin\n5\n" + ROOT + "\ntimestamp 2025-01-01T00:00:00.5Z\n", // fraction
        "origin\n5\n" + ROOT + "\ntimestamp 2025-01-01T00:00:00+01:00\n", // offset
        "origin\r\n5\r\n" + ROOT + "\r\n", // CRLF
        "origin\n5\n" + ROOT + "\nbell\u0007\n", // control character
      })
  void rejectsMalformedCheckpoints(String text) {
    assertThrows(NoteFormatException.class, () -> Checkpoint.parse(text));
  }

  @Test
  void rejectsNullAndBadConstruction() {
    assertThrows(NoteFormatException.class, () -> Checkpoint.parse(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> Checkpoint.of("o", 1, new byte[31], List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Checkpoint.of("o", 1, new byte[32], List.of("two\nlines")));
    assertThrows(IllegalArgumentException.class, () -> Checkpoint.of("o", -1, new byte[32], List.of()));
  }

  @Test
  void largestTreeSizeParses() throws Exception {
    Checkpoint c = Checkpoint.parse("o\n9223372036854775807\n" + ROOT + "\n");
    assertTrue(c.size() == Long.MAX_VALUE);
  }
}
