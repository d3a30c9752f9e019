package icc.platform.crypto.transparency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.List;
import java.util.Objects;

/**
 * Signs note texts with an Ed25519 key (C2SP signed-note, "Ed25519 signatures ... are generated
 * according to RFC 8032 over the note text"). The private key may live in any JCA provider (a
 * PKCS#12 key store in development, an HSM through PKCS#11 in production).
 */
public final class NoteSigner {

  private final PrivateKey privateKey;
  private final NoteVerifierKey verifierKey;

  /**
   * @param keyName the key name; for checkpoints it should be the log's origin (C2SP
   *     tlog-checkpoint: "The log's key name in its signature line SHOULD match the origin line")
   * @param privateKey the Ed25519 private key
   * @param publicKey its public key, from which the key ID is computed
   */
  public NoteSigner(String keyName, PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.verifierKey = NoteVerifierKey.of(keyName, publicKey);
  }

  /** The verifier key to hand to States (its {@link NoteVerifierKey#encode()} is the vkey line). */
  public NoteVerifierKey verifierKey() {
    return verifierKey;
  }

  /**
   * Signs {@code text}, which must be valid note text ending in a newline.
   *
   * @throws NoteSigningException if the key or its provider fails
   */
  public NoteSignature sign(String text) throws NoteSigningException {
    try {
      SignedNote.checkCharacters(text);
    } catch (NoteFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("note text must end with a newline");
    }
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(privateKey);
      signer.update(text.getBytes(StandardCharsets.UTF_8));
      return new NoteSignature(verifierKey.name(), verifierKey.keyId(), signer.sign());
    } catch (GeneralSecurityException e) {
      throw new NoteSigningException("Ed25519 signing failed: " + e.getMessage(), e);
    }
  }

  /** Signs {@code text} and returns the whole signed note. */
  public SignedNote signNote(String text) throws NoteSigningException {
    return new SignedNote(text, List.of(sign(text)));
  }
}
