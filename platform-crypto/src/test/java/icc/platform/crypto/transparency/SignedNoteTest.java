package icc.platform.crypto.transparency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** C2SP signed notes: the Go known answer, round trips, every rejection case. */
class SignedNoteTest {

  private static final String SIG =
      "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=";

  @Test
  void signsTheGoNoteByteForByte() throws Exception {
    // Ed25519 is deterministic (RFC 8032), so matching Go's published note proves that our key
    // ID, signed bytes and line format are those of golang.org/x/mod/sumdb/note.
    NoteSigner signer = TestKeys.signer("PeterNeumann", TestKeys.peterNeumann());
    assertEquals(TestKeys.PETER_VKEY, signer.verifierKey().encode());
    assertEquals(TestKeys.PETER_NOTE, signer.signNote(TestKeys.PETER_TEXT).encode());
  }

  @Test
  void verifiesTheGoNote() throws Exception {
    SignedNote note = SignedNote.parse(TestKeys.PETER_NOTE.getBytes(StandardCharsets.UTF_8));
    assertEquals(TestKeys.PETER_TEXT, note.verify(NoteVerifierKey.parse(TestKeys.PETER_VKEY)));
    assertEquals(0xc74f20a3, note.signatures().get(0).keyId());
    assertEquals(TestKeys.PETER_NOTE, note.encode());
  }

  @Test
  void rejectsATamperedText() throws Exception {
    SignedNote note = SignedNote.parse(TestKeys.PETER_NOTE.replace("cryptography", "cryptographY"));
    NoteVerifierKey key = NoteVerifierKey.parse(TestKeys.PETER_VKEY);
    assertThrows(NoteVerificationException.class, () -> note.verify(key));
  }

  @Test
  void rejectsANoteSignedByAnotherKey() throws Exception {
    NoteSigner other = TestKeys.signer("PeterNeumann", TestKeys.fromByte(7));
    SignedNote note = other.signNote(TestKeys.PETER_TEXT);
    NoteVerifierKey key = NoteVerifierKey.parse(TestKeys.PETER_VKEY);
    // Same name, other key ID: an unknown key, ignored; then no trusted signature remains.
    assertThrows(NoteVerificationException.class, () -> SignedNote.parse(note.encode()).verify(key));
  }

  @Test
  void ignoresUnknownSignaturesButRejectsABadOneFromTheTrustedKey() throws Exception {
    KeyPair peter = TestKeys.peterNeumann();
    NoteSigner witness = TestKeys.signer("witness.example", TestKeys.fromByte(3));
    NoteSignature good = TestKeys.signer("PeterNeumann", peter).sign(TestKeys.PETER_TEXT);
    NoteSignature unknown = witness.sign(TestKeys.PETER_TEXT);
    NoteVerifierKey key = NoteVerifierKey.parse(TestKeys.PETER_VKEY);

    SignedNote cosigned = new SignedNote(TestKeys.PETER_TEXT, List.of(unknown, good));
    assertEquals(TestKeys.PETER_TEXT, SignedNote.parse(cosigned.encode()).verify(key));

    byte[] bad = good.signature();
    bad[0] ^= 1;
    NoteSignature forged = new NoteSignature("PeterNeumann", good.keyId(), bad);
    SignedNote mixed = new SignedNote(TestKeys.PETER_TEXT, List.of(good, forged));
    assertThrows(NoteVerificationException.class, () -> mixed.verify(key));
  }

  @Test
  void roundTripsAMultiLineTextWithEmptyLinesAndUnicode() throws Exception {
    NoteSigner signer = TestKeys.signer("audit.icc-cpi.int/log", TestKeys.fromByte(1));
    String text = "Ognuno sta solo\n\ned \u00e8 subito sera \uD83C\uDF19\n";
    String encoded = signer.signNote(text).encode();
    SignedNote parsed = SignedNote.parse(encoded.getBytes(StandardCharsets.UTF_8));
    assertEquals(text, parsed.text());
    assertEquals(text, parsed.verify(signer.verifierKey()));
    assertEquals(encoded, parsed.encode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", // empty
        "text\n", // no blank line, no signature
        "text\n\n", // no signature line
        "text\n\n\u2014 PeterNeumann " + SIG, // no final newline
        "text\n\n- PeterNeumann " + SIG + "\n", // hyphen, not em dash
        "text\n\n\u2014PeterNeumann " + SIG + "\n", // no space after the dash
        "text\n\n\u2014 PeterNeumann" + SIG + "\n", // no space before the signature
        "text\n\n\u2014  " + SIG + "\n", // empty key name
        "text\n\n\u2014 Peter+Neumann " + SIG + "\n", // '+' in key name
        "text\n\n\u2014 Peter\u00a0Neumann " + SIG + "\n", // Unicode space in key name
        "text\n\n\u2014 PeterNeumann " + SIG + " \n", // trailing space
        "text\n\n\u2014 PeterNeumann not*base64\n", // bad base64
        "text\n\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM\n", // no padding
        "text\n\n\u2014 PeterNeumann AAAAAA==\n", // 4-byte blob: key ID only
        "text\r\n\n\u2014 PeterNeumann " + SIG + "\n", // CR is a control character
        "te\txt\n\n\u2014 PeterNeumann " + SIG + "\n", // TAB too
        "text\n\n\u2014 PeterNeumann " + SIG + "\n\n", // blank line after signatures
        "text\n\n\u2014 PeterNeumann " + SIG + "\ngarbage\n", // non-signature line
        "\ud800text\n\n\u2014 PeterNeumann " + SIG + "\n", // lone surrogate
      })
  void rejectsMalformedNotes(String note) {
    assertThrows(NoteFormatException.class, () -> SignedNote.parse(note));
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] note = TestKeys.PETER_NOTE.getBytes(StandardCharsets.UTF_8);
    note[3] = (byte) 0xC3; // start of a two-byte sequence followed by ASCII
    assertThrows(NoteFormatException.class, () -> SignedNote.parse(note));
  }

  @Test
  void rejectsTooManySignaturesButAcceptsSixteen() throws Exception {
    NoteSignature signature = SignedNote.parse(TestKeys.PETER_NOTE).signatures().get(0);
    StringBuilder note = new StringBuilder(TestKeys.PETER_TEXT).append('\n');
    for (int i = 0; i < 16; i++) {
      note.append(signature.toLine());
    }
    assertEquals(16, SignedNote.parse(note.toString()).signatures().size());
    for (int i = 16; i <= SignedNote.MAX_SIGNATURES; i++) {
      note.append(signature.toLine());
    }
    assertThrows(NoteFormatException.class, () -> SignedNote.parse(note.toString()));
  }

  @Test
  void rejectsTooLargeNotes() {
    byte[] huge = new byte[SignedNote.MAX_NOTE_BYTES + 1];
    assertThrows(NoteFormatException.class, () -> SignedNote.parse(huge));
  }

  @Test
  void signatureLineRoundTrips() throws Exception {
    NoteSignature signature = SignedNote.parse(TestKeys.PETER_NOTE).signatures().get(0);
    assertEquals("\u2014 PeterNeumann " + SIG + "\n", signature.toLine());
    assertEquals(64, signature.signature().length);
    List<NoteSignature> list = new ArrayList<>(List.of(signature));
    assertArrayEquals(
        signature.signature(), new SignedNote(TestKeys.PETER_TEXT, list).signatures().get(0).signature());
  }

  @Test
  void signerRejectsInvalidText() throws Exception {
    NoteSigner signer = TestKeys.signer("k", TestKeys.fromByte(1));
    assertThrows(IllegalArgumentException.class, () -> signer.sign("no newline"));
    assertThrows(IllegalArgumentException.class, () -> signer.sign("bell\u0007\n"));
  }
}
