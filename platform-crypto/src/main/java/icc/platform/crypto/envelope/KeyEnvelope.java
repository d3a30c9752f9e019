package icc.platform.crypto.envelope;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.CryptoProviders;
import icc.platform.crypto.IntegrityException;
import icc.platform.crypto.MalformedDataException;
import icc.platform.crypto.NoMatchingKeyException;
import icc.platform.crypto.pki.Credential;
import icc.platform.crypto.pki.EncryptionKeyRing;
import icc.platform.crypto.pki.KeyPairs;
import java.security.Key;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;
import org.bouncycastle.operator.jcajce.JceGenericKey;

/**
 * The key envelope of a document: a standard CMS AuthEnvelopedData (RFC 5083) with AES-256-GCM
 * whose authenticated-encrypted content is the 32-byte document data key, and one RecipientInfo
 * (RFC 5652 section 6.2) per recipient organisation: KeyAgreeRecipientInfo with
 * dhSinglePass-stdDH-sha384kdf and AES-256 key wrap for P-384 certificates (RFC 5753), and
 * KeyTransRecipientInfo with RSAES-OAEP SHA-256 for RSA certificates (RFC 8017, RFC 4055).
 *
 * <p>The data key is not the CMS content-encryption key: the CEK only protects the 32 bytes of
 * the data key, and the data key only feeds HKDF for the segment key, so neither key is used for
 * two purposes. Adding a recipient wraps the same CEK once more (RFC 5083 section 2.1: the
 * recipientInfos are not covered by the MAC), so the envelope grows by one RecipientInfo and the
 * content is never re-encrypted.
 */
public final class KeyEnvelope {
  public static final int DATA_KEY_LENGTH = 32;

  private KeyEnvelope() {}

  /** A fresh AuthEnvelopedData carrying {@code dataKey} for every certificate in {@code recipients}. */
  public static byte[] seal(byte[] dataKey, Collection<X509Certificate> recipients, SecureRandom random) throws CryptoException {
    if (dataKey.length != DATA_KEY_LENGTH) {
      throw new CryptoException("data key must be 32 bytes");
    }
    if (recipients.isEmpty()) {
      throw new CryptoException("a document needs at least one recipient");
    }
    try {
      CMSAuthEnvelopedDataGenerator g = new CMSAuthEnvelopedDataGenerator();
      for (X509Certificate c : recipients) {
        g.addRecipientInfoGenerator(recipientInfoGenerator(c, random));
      }
      OutputEncryptor enc = new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
          .setProvider(CryptoProviders.BC).setSecureRandom(random).build();
      CMSAuthEnvelopedData d = g.generate(new CMSProcessableByteArray(dataKey), (OutputAEADEncryptor) enc);
      return d.toASN1Structure().getEncoded(ASN1Encoding.DER);
    } catch (CryptoException e) {
      throw e;
    } catch (Exception e) {
      throw new CryptoException("cannot build the key envelope: " + e.getMessage(), e);
    }
  }

  /**
   * One RecipientInfo generator for a recipient certificate. For ECDH every envelope gets its own
   * ephemeral key pair (RFC 5753 section 3.1.1 ephemeral-static; Bouncy Castle needs the caller
   * to provide it).
   */
  public static RecipientInfoGenerator recipientInfoGenerator(X509Certificate cert, SecureRandom random) throws Exception {
    if (cert.getPublicKey() instanceof ECPublicKey) {
      KeyPair eph = KeyPairs.generateP384(random);
      return new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA384KDF, eph.getPrivate(), eph.getPublic(), CMSAlgorithm.AES256_WRAP)
          .addRecipient(cert).setProvider(CryptoProviders.BC).setSecureRandom(random);
    }
    if (cert.getPublicKey() instanceof RSAPublicKey) {
      AlgorithmIdentifier oaep = new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(
          org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_RSAES_OAEP,
          new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
      return new JceKeyTransRecipientInfoGenerator(cert, oaep).setProvider(CryptoProviders.BC);
    }
    throw new CryptoException("unsupported recipient key " + cert.getPublicKey().getAlgorithm());
  }

  /** The data key, unwrapped with whichever key of {@code keys} is a recipient. */
  public static byte[] open(byte[] envelope, EncryptionKeyRing keys) throws CryptoException {
    return openWithCek(envelope, keys).dataKey;
  }

  /**
   * Adds recipients to an existing envelope without touching the document content: {@code
   * keys} must open the envelope (the caller is a current recipient).
   */
  public static byte[] addRecipients(byte[] envelope, EncryptionKeyRing keys, Collection<X509Certificate> newRecipients, SecureRandom random)
      throws CryptoException {
    Opened o = openWithCek(envelope, keys);
    try {
      AuthEnvelopedData aed = AuthEnvelopedData.getInstance(o.parsed.toASN1Structure().getContent());
      ASN1EncodableVector ris = new ASN1EncodableVector();
      for (int i = 0; i < aed.getRecipientInfos().size(); i++) {
        ris.add(aed.getRecipientInfos().getObjectAt(i));
      }
      JceGenericKey cek = new JceGenericKey(aed.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm(), o.cek);
      for (X509Certificate c : newRecipients) {
        RecipientInfo ri = recipientInfoGenerator(c, random).generate(cek);
        ris.add(ri);
      }
      AuthEnvelopedData grown = new AuthEnvelopedData(aed.getOriginatorInfo(), new DERSet(ris),
          aed.getAuthEncryptedContentInfo(), aed.getAuthAttrs(), aed.getMac(), aed.getUnauthAttrs());
      return new ContentInfo(CMSObjectIdentifiers.authEnvelopedData, grown).getEncoded(ASN1Encoding.DER);
    } catch (Exception e) {
      throw new CryptoException("cannot add recipients: " + e.getMessage(), e);
    } finally {
      java.util.Arrays.fill(o.dataKey, (byte) 0);
    }
  }

  /** The certificates (issuer and serial) a key envelope names, for display and audits. */
  public static List<RecipientRef> recipients(byte[] envelope) throws CryptoException {
    List<RecipientRef> l = new ArrayList<>();
    for (RecipientInformation ri : parse(envelope).getRecipientInfos().getRecipients()) {
      if (ri.getRID() instanceof org.bouncycastle.cms.KeyAgreeRecipientId k && k.getIssuer() != null) {
        l.add(new RecipientRef(k.getIssuer().toString(), k.getSerialNumber()));
      } else if (ri.getRID() instanceof org.bouncycastle.cms.KeyTransRecipientId k && k.getIssuer() != null) {
        l.add(new RecipientRef(k.getIssuer().toString(), k.getSerialNumber()));
      } else {
        l.add(new RecipientRef("(by subject key identifier)", null));
      }
    }
    return l;
  }

  /** A recipient as named in a RecipientInfo: the issuer and serial of its certificate. */
  public record RecipientRef(String issuer, java.math.BigInteger serial) {
    /** Whether this names {@code cert}. */
    public boolean names(X509Certificate cert) {
      return cert.getSerialNumber().equals(serial)
          && org.bouncycastle.asn1.x500.X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()).toString().equals(issuer);
    }
  }

  static CMSAuthEnvelopedData parse(byte[] envelope) throws MalformedDataException {
    try {
      CMSAuthEnvelopedData d = new CMSAuthEnvelopedData(envelope);
      if (!CMSAlgorithm.AES256_GCM.getId().equals(d.getEncryptionAlgOID())) {
        throw new MalformedDataException("key envelope must use AES-256-GCM, uses " + d.getEncryptionAlgOID());
      }
      return d;
    } catch (MalformedDataException e) {
      throw e;
    } catch (CMSException | RuntimeException e) {
      throw new MalformedDataException("not a CMS AuthEnvelopedData key envelope: " + e.getMessage(), e);
    }
  }

  private record Opened(CMSAuthEnvelopedData parsed, byte[] dataKey, Key cek) {}

  private static Opened openWithCek(byte[] envelope, EncryptionKeyRing keys) throws CryptoException {
    CMSAuthEnvelopedData d = parse(envelope);
    for (RecipientInformation ri : d.getRecipientInfos().getRecipients()) {
      Optional<Credential> key = keys.find(ri.getRID());
      if (key.isEmpty()) {
        continue;
      }
      CekCapture capture = new CekCapture();
      Recipient r = recipientFor(ri, key.get().privateKey(), capture);
      byte[] content;
      try {
        content = ri.getContent(r);
      } catch (CMSException | RuntimeException e) {
        // RFC 5083: a failed MAC or unwrap means tampering or a wrong key; tell no more.
        throw new IntegrityException("the key envelope does not open with " + key.get() + ": " + e.getMessage(), e);
      }
      if (content == null || content.length != DATA_KEY_LENGTH) {
        throw new MalformedDataException("the key envelope does not hold a 32-byte data key");
      }
      return new Opened(d, content, capture.cek);
    }
    throw new NoMatchingKeyException("none of our keys is a recipient of this document (recipients: "
        + d.getRecipientInfos().size() + ")");
  }

  private static final class CekCapture {
    Key cek;
  }

  /** Bouncy Castle recipients that also keep the unwrapped CEK, needed to add a recipient. */
  private static Recipient recipientFor(RecipientInformation ri, PrivateKey key, CekCapture capture) throws MalformedDataException {
    if (ri instanceof KeyAgreeRecipientInformation) {
      return new JceKeyAgreeAuthEnvelopedRecipient(key) {
        @Override
        protected Key extractSecretKey(AlgorithmIdentifier keyEncAlg, AlgorithmIdentifier contentEncAlg,
            org.bouncycastle.asn1.x509.SubjectPublicKeyInfo senderKey, org.bouncycastle.asn1.ASN1OctetString ukm, byte[] encKey)
            throws CMSException {
          Key k = super.extractSecretKey(keyEncAlg, contentEncAlg, senderKey, ukm, encKey);
          capture.cek = k;
          return k;
        }
      }.setProvider(CryptoProviders.BC);
    }
    if (ri instanceof KeyTransRecipientInformation) {
      return new JceKeyTransAuthEnvelopedRecipient(key) {
        @Override
        protected Key extractSecretKey(AlgorithmIdentifier keyEncAlg, AlgorithmIdentifier encKeyAlg, byte[] encKey)
            throws CMSException {
          Key k = super.extractSecretKey(keyEncAlg, encKeyAlg, encKey);
          capture.cek = k;
          return k;
        }
      }.setProvider(CryptoProviders.BC);
    }
    throw new MalformedDataException("unsupported RecipientInfo type " + ri.getClass().getSimpleName());
  }
}
