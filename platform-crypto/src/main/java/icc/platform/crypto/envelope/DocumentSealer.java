package icc.platform.crypto.envelope;

import icc.platform.crypto.Algorithms;
import icc.platform.crypto.CryptoException;
import icc.platform.crypto.signature.DetachedSigner;
import icc.platform.crypto.stream.SegmentedEncryptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;

/**
 * Signs and encrypts a document in one pass: a fresh 32-byte data key, the key envelope for the
 * recipients, the segmented encryption of the content with SHA-256 of the plaintext computed on
 * the way, then the detached signature and its timestamp over that digest.
 */
public final class DocumentSealer {
  private final DetachedSigner signer;
  private final SegmentedEncryptor encryptor;
  private final SecureRandom random;

  public DocumentSealer(DetachedSigner signer, SecureRandom random) {
    this.signer = signer;
    this.random = random;
    this.encryptor = new SegmentedEncryptor(random);
  }

  /**
   * Reads {@code plaintext} to the end and writes the encrypted content to {@code encrypted}.
   *
   * @param recipients encryption certificates of every organisation that may read the document
   *     (the sender's own included if it wants to read it back)
   */
  public SealedDocument seal(InputStream plaintext, OutputStream encrypted, Collection<X509Certificate> recipients)
      throws CryptoException, IOException {
    byte[] dataKey = new byte[KeyEnvelope.DATA_KEY_LENGTH];
    random.nextBytes(dataKey);
    try {
      byte[] envelope = KeyEnvelope.seal(dataKey, recipients, random);
      MessageDigest md = sha256();
      long length = encryptor.encrypt(dataKey, plaintext, encrypted, md);
      byte[] digest = md.digest();
      return new SealedDocument(envelope, signer.sign(digest), digest, length);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance(Algorithms.DIGEST);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
