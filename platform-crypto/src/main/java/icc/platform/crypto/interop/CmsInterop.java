package icc.platform.crypto.interop;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.CryptoProviders;
import icc.platform.crypto.IntegrityException;
import icc.platform.crypto.MalformedDataException;
import icc.platform.crypto.NoMatchingKeyException;
import icc.platform.crypto.envelope.KeyEnvelope;
import icc.platform.crypto.envelope.Quarantine;
import icc.platform.crypto.pki.Credential;
import icc.platform.crypto.pki.EncryptionKeyRing;
import icc.platform.crypto.stream.SegmentedDecryptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataParser;
import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.operator.OutputAEADEncryptor;

/**
 * Standard CMS for the outside world. The platform's own format is faster and safer to stream;
 * this is for tools that only speak CMS: {@code openssl cms -decrypt} opens an export with the
 * recipient's key (for ECDH, OpenSSL reads the KDF from the RecipientInfo; when OpenSSL encrypts
 * to us it needs {@code -keyopt ecdh_kdf_md:sha256} or sha384). The detached signature is already
 * standard CMS SignedData and is exported as is.
 */
public final class CmsInterop {
  private CmsInterop() {}

  /**
   * Re-encrypts a stored document into one RFC 5083 AuthEnvelopedData with AES-256-GCM for
   * {@code recipients}, streaming (constant memory). The caller must be able to open the key
   * envelope; every segment is authenticated before it is re-encrypted, and the output goes to
   * {@code target} only if the whole document authenticated.
   */
  public static void exportAuthEnveloped(byte[] keyEnvelope, InputStream encryptedContent, EncryptionKeyRing keys,
      Collection<X509Certificate> recipients, Path target, SecureRandom random) throws CryptoException, IOException {
    byte[] dataKey = KeyEnvelope.open(keyEnvelope, keys);
    try (Quarantine q = Quarantine.beside(target)) {
      CMSAuthEnvelopedDataStreamGenerator g = new CMSAuthEnvelopedDataStreamGenerator();
      try {
        for (X509Certificate c : recipients) {
          g.addRecipientInfoGenerator(recipientInfoGenerator(c, random));
        }
        // No provider: the JDK's SunJCE GCM, which encrypts at GB/s when fed 64 KiB at a time.
        byte[] cek = new byte[32];
        random.nextBytes(cek);
        OutputAEADEncryptor enc = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
            .setSecureRandom(random).build(new javax.crypto.spec.SecretKeySpec(cek, "AES"));
        Arrays.fill(cek, (byte) 0);
        try (OutputStream cms = g.open(q.output(), enc)) {
          new SegmentedDecryptor().decrypt(dataKey, encryptedContent, cms, null);
        }
      } catch (CMSException e) {
        throw new CryptoException("cannot build the AuthEnvelopedData: " + e.getMessage(), e);
      }
      q.promote();
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  private static org.bouncycastle.cms.RecipientInfoGenerator recipientInfoGenerator(X509Certificate c, SecureRandom random)
      throws CryptoException {
    try {
      return KeyEnvelope.recipientInfoGenerator(c, random);
    } catch (CryptoException e) {
      throw e;
    } catch (Exception e) {
      throw new CryptoException("cannot wrap for " + c.getSubjectX500Principal() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Decrypts an AuthEnvelopedData made by any CMS tool (e.g. {@code openssl cms -encrypt
   * -aes-256-gcm}) into {@code target}, through the quarantine: both OpenSSL and Bouncy Castle
   * release GCM plaintext before the tag is checked (RFC 5083 section 2.2 puts the MAC after the
   * content), so nothing reaches {@code target} until the MAC verified. Uses Bouncy Castle's
   * streaming GCM (SunJCE's GCM decryption would buffer the whole plaintext in memory).
   *
   * @return the plaintext length
   */
  public static long importAuthEnveloped(InputStream cms, EncryptionKeyRing keys, Path target) throws CryptoException, IOException {
    CMSAuthEnvelopedDataParser p;
    try {
      p = new CMSAuthEnvelopedDataParser(cms);
    } catch (CMSException | IOException | RuntimeException e) {
      throw new MalformedDataException("not a CMS AuthEnvelopedData: " + e.getMessage(), e);
    }
    for (RecipientInformation ri : p.getRecipientInfos().getRecipients()) {
      Optional<Credential> key = keys.find(ri.getRID());
      if (key.isEmpty()) {
        continue;
      }
      Recipient r;
      if (ri instanceof KeyAgreeRecipientInformation) {
        r = new JceKeyAgreeAuthEnvelopedRecipient(key.get().privateKey()).setProvider(CryptoProviders.BC);
      } else if (ri instanceof KeyTransRecipientInformation) {
        r = new JceKeyTransAuthEnvelopedRecipient(key.get().privateKey()).setProvider(CryptoProviders.BC);
      } else {
        throw new MalformedDataException("unsupported RecipientInfo " + ri.getClass().getSimpleName());
      }
      try (Quarantine q = Quarantine.beside(target)) {
        long n;
        try {
          CMSTypedStream content = ri.getContentStream(r);
          try (InputStream in = content.getContentStream()) {
            n = in.transferTo(q.output());
          }
          // RFC 5083: the MAC is checked when the content stream ends; reading the MAC forces it
          p.getMac();
        } catch (CMSException | IOException | RuntimeException e) {
          throw new IntegrityException("the AuthEnvelopedData does not decrypt/authenticate: " + e.getMessage(), e);
        }
        q.promote();
        return n;
      }
    }
    throw new NoMatchingKeyException("none of our keys is a recipient of this AuthEnvelopedData");
  }
}
