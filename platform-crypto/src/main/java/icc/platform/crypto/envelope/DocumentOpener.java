package icc.platform.crypto.envelope;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.pki.EncryptionKeyRing;
import icc.platform.crypto.signature.SignatureVerifier;
import icc.platform.crypto.signature.VerifiedSignature;
import icc.platform.crypto.stream.SegmentedDecryptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Decrypts and verifies a document in one pass into a quarantine file, which becomes {@code
 * target} only after the last segment's tag and the signature (with its timestamp, certificate
 * path and revocation) have verified. On any failure nothing is left at or next to the target.
 */
public final class DocumentOpener {
  private final EncryptionKeyRing keys;
  private final SignatureVerifier verifier;

  public DocumentOpener(EncryptionKeyRing keys, SignatureVerifier verifier) {
    this.keys = keys;
    this.verifier = verifier;
  }

  public OpenedDocument open(byte[] keyEnvelope, byte[] signature, InputStream encrypted, Path target)
      throws CryptoException, IOException {
    byte[] dataKey = KeyEnvelope.open(keyEnvelope, keys);
    try (Quarantine q = Quarantine.beside(target)) {
      MessageDigest md = DocumentSealer.sha256();
      long length = new SegmentedDecryptor().decrypt(dataKey, encrypted, q.output(), md);
      VerifiedSignature v = verifier.verifyDigest(signature, md.digest());
      q.promote();
      return new OpenedDocument(target, length, v);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /** Opens a {@link DocumentPackage} read from {@code pkg}. */
  public OpenedDocument openPackage(InputStream pkg, Path target) throws CryptoException, IOException {
    DocumentPackage p = DocumentPackage.readHead(pkg);
    return open(p.keyEnvelope(), p.signature(), pkg, target);
  }
}
