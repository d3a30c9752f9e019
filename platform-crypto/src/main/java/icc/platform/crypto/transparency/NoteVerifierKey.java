package icc.platform.crypto.transparency;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Ed25519 key that verifies the platform's signed notes, and its one-line text form (the
 * "vkey" of Go's {@code golang.org/x/mod/sumdb/note}, used across the C2SP ecosystem):
 *
 * <pre>
 * &lt;key name&gt;+&lt;key ID as 8 lowercase hex digits&gt;+&lt;base64(0x01 || 32-byte public key)&gt;
 * </pre>
 *
 * <p>A State keeps this line to check the platform's checkpoints offline. Parsing is strict: the
 * key ID must be the one computed from the name and key (C2SP signed-note, "Ed25519
 * signatures"), so a line with a mistyped name or key is rejected, not silently different.
 */
public final class NoteVerifierKey {

  private static final Pattern KEY_ID_HEX = Pattern.compile("[0-9a-f]{8}");
  private static final int MAX_VKEY_LENGTH = 1024;

  private final String name;
  private final int keyId;
  private final byte[] rawPublicKey;
  private final PublicKey publicKey;

  private NoteVerifierKey(String name, byte[] rawPublicKey) throws GeneralSecurityException {
    this.name = name;
    this.rawPublicKey = rawPublicKey.clone();
    this.keyId = NoteKeyNames.ed25519KeyId(name, rawPublicKey);
    this.publicKey = Ed25519Keys.publicKey(rawPublicKey);
  }

  /** The verifier key of {@code publicKey} (an Ed25519 key) under the key name {@code name}. */
  public static NoteVerifierKey of(String name, PublicKey publicKey) {
    if (!NoteKeyNames.isValidKeyName(name)) {
      throw new IllegalArgumentException("invalid key name: " + name);
    }
    try {
      return new NoteVerifierKey(name, Ed25519Keys.rawPublicKey(publicKey));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a usable Ed25519 public key", e);
    }
  }

  /** Parses a vkey line strictly (no surrounding whitespace, no line break). */
  public static NoteVerifierKey parse(String vkey) throws NoteFormatException {
    if (vkey == null || vkey.isEmpty()) {
      throw new NoteFormatException("verifier key is empty");
    }
    if (vkey.length() > MAX_VKEY_LENGTH) {
      throw new NoteFormatException("verifier key is too long");
    }
    int firstPlus = vkey.indexOf('+');
    if (firstPlus < 0) {
      throw new NoteFormatException("verifier key must be <name>+<key id>+<key>");
    }
    String name = vkey.substring(0, firstPlus);
    if (!NoteKeyNames.isValidKeyName(name)) {
      throw new NoteFormatException("verifier key has an invalid key name");
    }
    int secondPlus = vkey.indexOf('+', firstPlus + 1);
    if (secondPlus < 0) {
      throw new NoteFormatException("verifier key must be <name>+<key id>+<key>");
    }
    String idHex = vkey.substring(firstPlus + 1, secondPlus);
    if (!KEY_ID_HEX.matcher(idHex).matches()) {
      throw new NoteFormatException("verifier key ID must be 8 lowercase hex digits");
    }
    // The base64 part may itself contain '+', so it is everything after the second '+'.
    byte[] typeAndKey = StrictBase64.decode(vkey.substring(secondPlus + 1), "verifier key");
    if (typeAndKey.length == 0 || typeAndKey[0] != NoteKeyNames.ED25519_TYPE) {
      throw new NoteFormatException("verifier key is not of type 0x01 (Ed25519)");
    }
    if (typeAndKey.length != 1 + Ed25519Keys.PUBLIC_KEY_SIZE) {
      throw new NoteFormatException("Ed25519 verifier key must hold 32 key bytes");
    }
    NoteVerifierKey key;
    try {
      key = new NoteVerifierKey(name, Arrays.copyOfRange(typeAndKey, 1, typeAndKey.length));
    } catch (GeneralSecurityException e) {
      throw new NoteFormatException("verifier key holds no usable Ed25519 public key", e);
    }
    if (key.keyId != Integer.parseUnsignedInt(idHex, 16)) {
      throw new NoteFormatException("verifier key ID does not match its name and key");
    }
    return key;
  }

  /** The vkey line, as {@link #parse} reads it. */
  public String encode() {
    byte[] typeAndKey = new byte[1 + rawPublicKey.length];
    typeAndKey[0] = NoteKeyNames.ED25519_TYPE;
    System.arraycopy(rawPublicKey, 0, typeAndKey, 1, rawPublicKey.length);
    return name + "+" + keyIdHex() + "+" + StrictBase64.encode(typeAndKey);
  }

  public String name() {
    return name;
  }

  /** The 32-bit key ID (C2SP signed-note), as a Java int holding the unsigned value. */
  public int keyId() {
    return keyId;
  }

  public String keyIdHex() {
    return HexFormat.of().toHexDigits(keyId);
  }

  public byte[] rawPublicKey() {
    return rawPublicKey.clone();
  }

  /** Whether this key made {@code signature}: name and key ID both match (C2SP signed-note). */
  boolean matches(NoteSignature signature) {
    return name.equals(signature.keyName()) && keyId == signature.keyId();
  }

  /** Verifies an Ed25519 signature over the note text (RFC 8032, C2SP "Ed25519 signatures"). */
  boolean verify(byte[] text, byte[] signature) {
    if (signature.length != Ed25519Keys.SIGNATURE_SIZE) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(publicKey);
      verifier.update(text);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NoteVerifierKey key
        && name.equals(key.name)
        && Arrays.equals(rawPublicKey, key.rawPublicKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(rawPublicKey));
  }

  @Override
  public String toString() {
    return encode();
  }
}
