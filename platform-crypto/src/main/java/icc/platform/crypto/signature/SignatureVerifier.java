package icc.platform.crypto.signature;

import icc.platform.crypto.Algorithms;
import icc.platform.crypto.CryptoException;
import icc.platform.crypto.CryptoProviders;
import icc.platform.crypto.MalformedDataException;
import icc.platform.crypto.VerificationException;
import icc.platform.crypto.pki.PathValidator;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;

/**
 * Verifies a detached, timestamped CMS signature over a document, trusting only the platform CA
 * (and its CRL if given). Every check, in order:
 *
 * <ol>
 *   <li>exactly one SignerInfo, digest SHA-256, with its certificate in the SignedData;
 *   <li>RFC 5652 section 5.6: message-digest equals the document digest and the signature over the
 *       signed attributes verifies; RFC 6211: the algorithm-protection attribute is present and
 *       matches (Bouncy Castle checks it when present; we require it);
 *   <li>RFC 3161 appendix A: one timestamp token whose imprint is SHA-256 of the signature value,
 *       signed by a certificate with the critical timeStamping EKU (section 2.3) whose ESSCertID
 *       matches (checked by Bouncy Castle's {@code TimeStampToken.validate});
 *   <li>RFC 5280 section 6: the TSA's and the signer's certificates chain to the platform CA and
 *       are valid and not revoked at the timestamp's genTime.
 * </ol>
 */
public final class SignatureVerifier {
  private final PathValidator paths;

  public SignatureVerifier(PathValidator paths) {
    this.paths = paths;
  }

  /** Hashes {@code document} (streaming) and verifies. */
  public VerifiedSignature verify(byte[] signatureDer, InputStream document) throws CryptoException, IOException {
    MessageDigest md = sha256();
    byte[] buf = new byte[256 * 1024];
    for (int n; (n = document.read(buf)) > 0; ) {
      md.update(buf, 0, n);
    }
    return verifyDigest(signatureDer, md.digest());
  }

  /** Verifies against the SHA-256 of the document, computed by the caller (e.g. while decrypting). */
  public VerifiedSignature verifyDigest(byte[] signatureDer, byte[] documentSha256) throws CryptoException {
    CMSSignedData sd;
    SignerInformation si;
    try {
      sd = new CMSSignedData(Map.of(NISTObjectIdentifiers.id_sha256, documentSha256.clone()), signatureDer);
      if (sd.isDetachedSignature() == false && sd.getSignedContent() != null && sd.getSignedContent().getContent() != null) {
        throw new MalformedDataException("the signature is not detached");
      }
      Collection<SignerInformation> signers = sd.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        throw new VerificationException("expected exactly one signer, found " + signers.size());
      }
      si = signers.iterator().next();
    } catch (CryptoException e) {
      throw e;
    } catch (Exception e) {
      throw new MalformedDataException("not a CMS SignedData: " + e.getMessage(), e);
    }
    try {
      return verifySigner(sd, si);
    } catch (CryptoException e) {
      throw e;
    } catch (Exception e) {
      // e.g. a structurally valid but semantically broken attribute: still "malformed input"
      throw new MalformedDataException("malformed signature: " + e.getMessage(), e);
    }
  }

  private VerifiedSignature verifySigner(CMSSignedData sd, SignerInformation si) throws Exception {
    if (!NISTObjectIdentifiers.id_sha256.equals(si.getDigestAlgorithmID().getAlgorithm())) {
      throw new VerificationException("digest algorithm must be SHA-256, is " + si.getDigestAlgOID());
    }
    X509Certificate signerCert = certificateOf(sd.getCertificates(), si);
    AttributeTable signedAttrs = si.getSignedAttributes();
    if (signedAttrs == null || signedAttrs.get(CMSAttributes.cmsAlgorithmProtect) == null) {
      throw new VerificationException("signed attributes must include CMS algorithm protection (RFC 6211)");
    }
    boolean ok;
    try {
      ok = si.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(CryptoProviders.BC).build(signerCert));
    } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
      throw new VerificationException("the document does not match the signature (message digest differs)", e);
    } catch (org.bouncycastle.cms.CMSException e) {
      throw new VerificationException("signature verification failed: " + e.getMessage(), e);
    }
    if (!ok) {
      throw new VerificationException("the signature value does not verify with the signer's key");
    }
    boolean[] ku = signerCert.getKeyUsage();
    if (ku != null && !(ku[0] || ku[1])) {
      throw new VerificationException("the signer certificate is not for signatures (key usage)");
    }

    TimeStampToken token = timestampOf(si);
    X509Certificate tsaCert = certificateOf(token.getCertificates(), token);
    try {
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(CryptoProviders.BC).build(tsaCert));
    } catch (org.bouncycastle.tsp.TSPValidationException e) {
      throw new VerificationException("the timestamp is invalid: " + e.getMessage(), e);
    } catch (org.bouncycastle.tsp.TSPException e) {
      throw new VerificationException("the timestamp does not verify: " + e.getMessage(), e);
    }
    var info = token.getTimeStampInfo();
    if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())) {
      throw new VerificationException("timestamp imprint must be SHA-256");
    }
    if (!MessageDigest.isEqual(info.getMessageImprintDigest(), DetachedSigner.sha256(si.getSignature()))) {
      throw new VerificationException("the timestamp is not over this signature (imprint differs)");
    }
    Instant genTime = info.getGenTime().toInstant();

    paths.validate(tsaCert, genTime);
    PathValidator.Result signerPath = paths.validate(signerCert, genTime);

    Optional<Instant> claimed = Optional.empty();
    Attribute st = signedAttrs.get(CMSAttributes.signingTime);
    if (st != null) {
      claimed = Optional.of(Time.getInstance(st.getAttrValues().getObjectAt(0)).getDate().toInstant());
    }
    return new VerifiedSignature(signerCert, genTime, claimed, tsaCert, signerPath.revocationChecked(), signerPath.revokedLater());
  }

  private static TimeStampToken timestampOf(SignerInformation si) throws Exception {
    AttributeTable unsigned = si.getUnsignedAttributes();
    if (unsigned == null) {
      throw new VerificationException("the signature has no RFC 3161 timestamp");
    }
    var v = unsigned.getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
    if (v.size() != 1 || Attribute.getInstance(v.get(0)).getAttrValues().size() != 1) {
      throw new VerificationException("the signature must carry exactly one RFC 3161 timestamp");
    }
    ASN1Encodable tst = Attribute.getInstance(v.get(0)).getAttrValues().getObjectAt(0);
    return new TimeStampToken(ContentInfo.getInstance(tst));
  }

  @SuppressWarnings("unchecked")
  private static X509Certificate certificateOf(Store<X509CertificateHolder> store, SignerInformation si) throws Exception {
    Collection<X509CertificateHolder> m = store.getMatches(si.getSID());
    if (m.size() != 1) {
      throw new VerificationException("the signer's certificate is not in the signature");
    }
    return new JcaX509CertificateConverter().getCertificate(m.iterator().next());
  }

  @SuppressWarnings("unchecked")
  private static X509Certificate certificateOf(Store<X509CertificateHolder> store, TimeStampToken t) throws Exception {
    Collection<X509CertificateHolder> m = store.getMatches(t.getSID());
    if (m.size() != 1) {
      throw new VerificationException("the TSA certificate is not in the timestamp");
    }
    return new JcaX509CertificateConverter().getCertificate(m.iterator().next());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance(Algorithms.DIGEST);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
