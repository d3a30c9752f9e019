package icc.platform.crypto.transparency;

import java.util.Arrays;
import java.util.Objects;

/**
 * One signature line of a C2SP signed note: "em dash (U+2014), space (U+0020), key name, space,
 * base64-encoded signature, newline", where the base64 holds "4+n bytes. The first four bytes in
 * the signature are the uint32 key ID stored in big-endian order. The remaining n bytes are the
 * result of using the specified key to sign the note text".
 *
 * @param keyName the key name, as in the verifier key
 * @param keyId the 32-bit key ID (unsigned value in a Java int)
 * @param signature the signature bytes, without the key ID
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {

  public NoteSignature {
    if (!NoteKeyNames.isValidKeyName(keyName)) {
      throw new IllegalArgumentException("invalid key name");
    }
    Objects.requireNonNull(signature, "signature");
    if (signature.length == 0) {
      throw new IllegalArgumentException("empty signature");
    }
    signature = signature.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  /** The signature line, including its final newline. */
  public String toLine() {
    byte[] blob = new byte[4 + signature.length];
    blob[0] = (byte) (keyId >>> 24);
    blob[1] = (byte) (keyId >>> 16);
    blob[2] = (byte) (keyId >>> 8);
    blob[3] = (byte) keyId;
    System.arraycopy(signature, 0, blob, 4, signature.length);
    return SignedNote.SIGNATURE_PREFIX + keyName + " " + StrictBase64.encode(blob) + "\n";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NoteSignature s
        && keyName.equals(s.keyName)
        && keyId == s.keyId
        && Arrays.equals(signature, s.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyName, keyId, Arrays.hashCode(signature));
  }

  @Override
  public String toString() {
    return "NoteSignature[" + keyName + "+" + String.format("%08x", keyId) + "]";
  }
}
