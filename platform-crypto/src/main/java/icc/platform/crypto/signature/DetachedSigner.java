package icc.platform.crypto.signature;

import icc.platform.crypto.Algorithms;
import icc.platform.crypto.CryptoException;
import icc.platform.crypto.CryptoProviders;
import icc.platform.crypto.pki.Credential;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Produces a detached CMS SignedData (RFC 5652) from a document's SHA-256 digest: signed
 * attributes content-type, message-digest, signing-time (RFC 5652 section 11) and
 * CMS algorithm protection (RFC 6211), then the RFC 3161 timestamp over the signature value as
 * the unsigned attribute id-aa-timeStampToken (RFC 3161 appendix A).
 */
public final class DetachedSigner {
  static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

  private final Credential signer;
  private final TimestampSource tsa;
  private final Clock clock;

  public DetachedSigner(Credential signer, TimestampSource tsa, Clock clock) {
    this.signer = signer;
    this.tsa = tsa;
    this.clock = clock;
  }

  /** DER of the timestamped detached SignedData over content whose SHA-256 is {@code sha256}. */
  public byte[] sign(byte[] sha256) throws CryptoException {
    if (sha256.length != 32) {
      throw new CryptoException("a SHA-256 digest is 32 bytes, got " + sha256.length);
    }
    try {
      AttributeTable signed = new AttributeTable(new Attribute(CMSAttributes.signingTime,
          new DERSet(new Time(Date.from(clock.instant())))));
      CMSSignedDataGenerator g = new CMSSignedDataGenerator();
      // DefaultSignedAttributeTableGenerator adds content-type, message-digest and
      // cmsAlgorithmProtect (RFC 6211) to our signing-time.
      g.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new PrecomputedDigestProvider(SHA256, sha256))
          .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signed))
          .build(new JcaContentSignerBuilder(Algorithms.SIGNATURE).setProvider(CryptoProviders.BC).build(signer.privateKey()),
              signer.certificate()));
      g.addCertificates(new JcaCertStore(List.of(signer.certificate())));
      CMSSignedData sd = g.generate(new CMSAbsentContent(), false);

      SignerInformation si = sd.getSignerInfos().getSigners().iterator().next();
      TimeStampToken token = tsa.timestamp(sha256(si.getSignature()));
      AttributeTable unsigned = new AttributeTable(new Attribute(
          PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
          new DERSet(token.toCMSSignedData().toASN1Structure())));
      SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(si, unsigned);
      return CMSSignedData.replaceSigners(sd, new SignerInformationStore(stamped)).getEncoded(ASN1Encoding.DER);
    } catch (CryptoException e) {
      throw e;
    } catch (Exception e) {
      throw new CryptoException("cannot sign: " + e.getMessage(), e);
    }
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance(Algorithms.DIGEST).digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
