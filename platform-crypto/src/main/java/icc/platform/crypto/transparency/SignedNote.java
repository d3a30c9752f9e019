package icc.platform.crypto.transparency;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A C2SP signed note (c2sp.org/signed-note): "a text ending in newline (U+000A), followed by a
 * blank line (only a newline), followed by one or more signature lines".
 *
 * <p>{@link #parse} is strict and throws {@link NoteFormatException} for anything else: invalid
 * UTF-8, "ASCII control characters (those below U+0020) other than newline", no final newline, no
 * blank line, no signature, a malformed signature line, non-canonical base64, or more than {@link
 * #MAX_SIGNATURES} signatures or {@link #MAX_NOTE_BYTES} bytes ("Verifiers SHOULD apply a maximum
 * limit ... but MUST accept at least up to 16 signatures").
 */
public final class SignedNote {

  /** Em dash and space that start every signature line. */
  static final String SIGNATURE_PREFIX = "\u2014 ";

  /** Most signatures accepted on one note. */
  public static final int MAX_SIGNATURES = 64;

  /** Largest note accepted, in bytes of UTF-8. */
  public static final int MAX_NOTE_BYTES = 1 << 20;

  private final String text;
  private final List<NoteSignature> signatures;

  /**
   * @param text the signed text, ending in a newline
   * @param signatures at least one signature
   */
  public SignedNote(String text, List<NoteSignature> signatures) {
    try {
      checkCharacters(text);
    } catch (NoteFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("note text must end with a newline");
    }
    if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
      throw new IllegalArgumentException("a note needs 1 to " + MAX_SIGNATURES + " signatures");
    }
    this.text = text;
    this.signatures = List.copyOf(signatures);
  }

  /** Parses a signed note from its bytes, which must be strict UTF-8. */
  public static SignedNote parse(byte[] note) throws NoteFormatException {
    Objects.requireNonNull(note, "note");
    if (note.length > MAX_NOTE_BYTES) {
      throw new NoteFormatException("note is larger than " + MAX_NOTE_BYTES + " bytes");
    }
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(note));
      return parse(chars.toString());
    } catch (CharacterCodingException e) {
      throw new NoteFormatException("note is not valid UTF-8");
    }
  }

  /** Parses a signed note from its text. */
  public static SignedNote parse(String note) throws NoteFormatException {
    if (note == null) {
      throw new NoteFormatException("note is missing");
    }
    if (note.length() > MAX_NOTE_BYTES) {
      throw new NoteFormatException("note is larger than " + MAX_NOTE_BYTES + " bytes");
    }
    checkCharacters(note);
    if (!note.endsWith("\n")) {
      throw new NoteFormatException("note does not end with a newline");
    }
    // "the text is separated from the signatures by the last empty line in the note"
    int split = note.lastIndexOf("\n\n");
    if (split < 0) {
      throw new NoteFormatException("note has no blank line before its signatures");
    }
    String text = note.substring(0, split + 1);
    String block = note.substring(split + 2);
    if (block.isEmpty()) {
      throw new NoteFormatException("note has no signature line");
    }
    List<NoteSignature> signatures = new ArrayList<>();
    int start = 0;
    while (start < block.length()) {
      int end = block.indexOf('\n', start);
      if (signatures.size() == MAX_SIGNATURES) {
        throw new NoteFormatException("note has more than " + MAX_SIGNATURES + " signatures");
      }
      signatures.add(parseSignatureLine(block.substring(start, end)));
      start = end + 1;
    }
    return new SignedNote(text, signatures);
  }

  private static NoteSignature parseSignatureLine(String line) throws NoteFormatException {
    if (!line.startsWith(SIGNATURE_PREFIX)) {
      throw new NoteFormatException("signature line does not start with an em dash and a space");
    }
    String rest = line.substring(SIGNATURE_PREFIX.length());
    int space = rest.indexOf(' ');
    if (space < 0) {
      throw new NoteFormatException("signature line has no space between key name and signature");
    }
    String name = rest.substring(0, space);
    if (!NoteKeyNames.isValidKeyName(name)) {
      throw new NoteFormatException("signature line has an invalid key name");
    }
    byte[] blob = StrictBase64.decode(rest.substring(space + 1), "signature");
    if (blob.length < 5) {
      throw new NoteFormatException("signature is shorter than a key ID and one byte");
    }
    int keyId = ByteBuffer.wrap(blob, 0, 4).getInt();
    return new NoteSignature(name, keyId, Arrays.copyOfRange(blob, 4, blob.length));
  }

  /**
   * "Signed notes MUST be valid UTF-8 and MUST NOT contain any ASCII control characters (those
   * below U+0020) other than newline." A Java string is valid UTF-8 when it has no lone
   * surrogate.
   */
  static void checkCharacters(String s) throws NoteFormatException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n') {
        throw new NoteFormatException("note contains a control character U+00" + hex2(c));
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new NoteFormatException("note contains a lone surrogate (not valid UTF-8)");
      }
    }
  }

  private static String hex2(char c) {
    return String.format("%02X", (int) c);
  }

  /** The signed text, including its final newline. */
  public String text() {
    return text;
  }

  public List<NoteSignature> signatures() {
    return signatures;
  }

  /** The note as text: the signed text, a blank line and the signature lines. */
  public String encode() {
    StringBuilder note = new StringBuilder(text).append('\n');
    signatures.forEach(s -> note.append(s.toLine()));
    return note.toString();
  }

  /**
   * Checks the note against trusted keys and returns its text. C2SP signed-note: "Verifiers MUST
   * ignore signatures from unknown keys, even if they share a name or ID (but not both) with a
   * known key. If the key name and ID match a known key, verifiers MUST verify the signature. If
   * a signature from a known key fails to verify, clients SHOULD reject the whole note. If no
   * signature from a known key verifies successfully, clients MUST reject the note." We follow
   * the SHOULD too.
   *
   * @return the keys among {@code trusted} whose signatures verified (at least one)
   */
  public List<NoteVerifierKey> verify(Collection<NoteVerifierKey> trusted)
      throws NoteVerificationException {
    byte[] signedBytes = text.getBytes(StandardCharsets.UTF_8);
    List<NoteVerifierKey> verified = new ArrayList<>();
    for (NoteSignature signature : signatures) {
      for (NoteVerifierKey key : trusted) {
        if (key.matches(signature)) {
          if (!key.verify(signedBytes, signature.signature())) {
            throw new NoteVerificationException(
                "signature by " + key.name() + "+" + key.keyIdHex() + " does not verify");
          }
          if (!verified.contains(key)) {
            verified.add(key);
          }
        }
      }
    }
    if (verified.isEmpty()) {
      throw new NoteVerificationException("note has no signature by a trusted key");
    }
    return List.copyOf(verified);
  }

  /** Checks the note against one trusted key and returns the verified text. */
  public String verify(NoteVerifierKey trusted) throws NoteVerificationException {
    verify(List.of(trusted));
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedNote n && text.equals(n.text) && signatures.equals(n.signatures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, signatures);
  }
}
