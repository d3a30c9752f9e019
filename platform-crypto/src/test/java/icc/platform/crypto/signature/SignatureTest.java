package icc.platform.crypto.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.MalformedDataException;
import icc.platform.crypto.TestPki;
import icc.platform.crypto.VerificationException;
import icc.platform.crypto.pki.CertificatePurpose;
import icc.platform.crypto.pki.Credential;
import icc.platform.crypto.pki.OrganisationKeys;
import icc.platform.crypto.pki.PlatformCa;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.Arrays;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignatureTest {
  static TestPki pki;
  static final byte[] DOC = "Request for assistance, art. 93(1)(k) Rome Statute".getBytes();

  @BeforeAll
  static void world() throws Exception {
    pki = new TestPki(6);
  }

  static byte[] sha256(byte[] b) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(b);
  }

  byte[] sign(byte[] doc) throws Exception {
    return pki.signer(pki.ruritania).sign(sha256(doc));
  }

  @Test
  void signAndVerifyReparsedFromTheEncoding() throws Exception {
    byte[] sig = sign(DOC);
    VerifiedSignature v = pki.verifier().verify(sig, new ByteArrayInputStream(DOC));
    assertEquals(pki.ruritania.signing().certificate(), v.signer());
    assertEquals(pki.clock.instant(), v.timestamp());
    assertEquals(pki.clock.instant(), v.claimedSigningTime().orElseThrow());
    assertEquals(pki.tsaCredential.certificate(), v.tsa());
  }

  @Test
  void theSignatureIsDetachedWithTheRequiredAttributes() throws Exception {
    CMSSignedData sd = new CMSSignedData(sign(DOC));
    assertTrue(sd.isDetachedSignature());
    SignerInformation si = sd.getSignerInfos().getSigners().iterator().next();
    assertNotNull(si.getSignedAttributes().get(CMSAttributes.signingTime));
    assertNotNull(si.getSignedAttributes().get(CMSAttributes.cmsAlgorithmProtect));
    assertNotNull(si.getSignedAttributes().get(CMSAttributes.messageDigest));
    assertNotNull(si.getSignedAttributes().get(CMSAttributes.contentType));
    assertNotNull(si.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken));
    assertEquals("2.16.840.1.101.3.4.2.1", si.getDigestAlgOID());
  }

  @Test
  void aChangedDocumentFails() throws Exception {
    byte[] sig = sign(DOC);
    byte[] changed = DOC.clone();
    changed[0] ^= 1;
    assertThrows(VerificationException.class, () -> pki.verifier().verify(sig, new ByteArrayInputStream(changed)));
  }

  @Test
  void aSignerFromAnotherPlatformFails() throws Exception {
    TestPki other = new TestPki(7);
    byte[] sig = other.signer(other.ruritania).sign(sha256(DOC));
    assertThrows(VerificationException.class, () -> pki.verifier().verify(sig, new ByteArrayInputStream(DOC)));
  }

  @Test
  void aTimestampOfAnotherSignatureIsRejected() throws Exception {
    CMSSignedData a = new CMSSignedData(sign(DOC));
    CMSSignedData b = new CMSSignedData(sign("other".getBytes()));
    SignerInformation sa = a.getSignerInfos().getSigners().iterator().next();
    SignerInformation sb = b.getSignerInfos().getSigners().iterator().next();
    SignerInformation swapped = SignerInformation.replaceUnsignedAttributes(sa, sb.getUnsignedAttributes());
    byte[] forged = CMSSignedData.replaceSigners(a, new org.bouncycastle.cms.SignerInformationStore(swapped)).getEncoded();
    VerificationException e = assertThrows(VerificationException.class, () -> pki.verifier().verify(forged, new ByteArrayInputStream(DOC)));
    assertTrue(e.getMessage().contains("imprint"), e.getMessage());
  }

  @Test
  void aSignatureWithoutTimestampIsRejected() throws Exception {
    CMSSignedData a = new CMSSignedData(sign(DOC));
    SignerInformation sa = a.getSignerInfos().getSigners().iterator().next();
    SignerInformation bare = SignerInformation.replaceUnsignedAttributes(sa, null);
    byte[] s = CMSSignedData.replaceSigners(a, new org.bouncycastle.cms.SignerInformationStore(bare)).getEncoded();
    assertThrows(VerificationException.class, () -> pki.verifier().verify(s, new ByteArrayInputStream(DOC)));
  }

  @Test
  void revokedBeforeTheTimestampFailsRevokedAfterPasses() throws Exception {
    TestPki p = new TestPki(8);
    byte[] sig = p.signer(p.ruritania).sign(sha256(DOC));
    // revoked one hour after the timestamp: the signature stands, the result says so
    p.ca.revoke(p.ruritania.signing().certificate().getSerialNumber(), p.clock.instant().plusSeconds(3600), PlatformCa.REASON_SUPERSEDED);
    X509CRL crl = p.ca.issueCrl(p.clock.instant().plus(Duration.ofDays(1)), p.clock.instant().plus(Duration.ofDays(8)));
    VerifiedSignature v = p.verifier(crl).verify(sig, new ByteArrayInputStream(DOC));
    assertTrue(v.revocationChecked());
    assertTrue(v.signerRevokedLater().isPresent());

    // revoked one hour before: rejected
    TestPki q = new TestPki(9);
    byte[] sig2 = q.signer(q.ruritania).sign(sha256(DOC));
    q.ca.revoke(q.ruritania.signing().certificate().getSerialNumber(), q.clock.instant().minusSeconds(3600), PlatformCa.REASON_KEY_COMPROMISE);
    X509CRL crl2 = q.ca.issueCrl(q.clock.instant(), q.clock.instant().plus(Duration.ofDays(7)));
    assertThrows(VerificationException.class, () -> q.verifier(crl2).verify(sig2, new ByteArrayInputStream(DOC)));
    // a revoked TSA certificate is as bad
    TestPki r = new TestPki(10);
    byte[] sig3 = r.signer(r.ruritania).sign(sha256(DOC));
    r.ca.revoke(r.tsaCredential.certificate().getSerialNumber(), TestPki.T0, PlatformCa.REASON_KEY_COMPROMISE);
    X509CRL crl3 = r.ca.issueCrl(r.clock.instant(), r.clock.instant().plus(Duration.ofDays(7)));
    assertThrows(VerificationException.class, () -> r.verifier(crl3).verify(sig3, new ByteArrayInputStream(DOC)));
  }

  @Test
  void theTsaRefusesACertificateWithoutTheTimestampingEku() throws Exception {
    Credential notTsa = OrganisationKeys.newKey(pki.ca, "O=Not a TSA,C=XX", CertificatePurpose.SIGNING, TestPki.T0, TestPki.YEAR, pki.random);
    assertThrows(CryptoException.class, () -> new TimeStampAuthority(notTsa, pki.clock, pki.random));
  }

  @Test
  void theTsaSpeaksRfc3161AndRejectsGarbage() throws Exception {
    TimeStampRequestGenerator g = new TimeStampRequestGenerator();
    g.setCertReq(true);
    var req = g.generate(TSPAlgorithms.SHA256, sha256(DOC), java.math.BigInteger.TEN);
    TimeStampResponse resp = new TimeStampResponse(pki.tsa.respond(req.getEncoded()));
    resp.validate(req);
    assertEquals(0, resp.getStatus());
    assertEquals(pki.clock.instant(), resp.getTimeStampToken().getTimeStampInfo().getGenTime().toInstant());
    assertEquals(TimeStampAuthority.DEFAULT_POLICY, resp.getTimeStampToken().getTimeStampInfo().getPolicy());
    TimeStampResponse bad = new TimeStampResponse(pki.tsa.respond(new byte[] {1, 2, 3}));
    assertEquals(2, bad.getStatus(), "rejection");
    // a client that gets a response for another imprint refuses it
    byte[] otherReq = g.generate(TSPAlgorithms.SHA256, new byte[32]).getEncoded();
    assertThrows(CryptoException.class, () -> TimeStampAuthority.requestToken(
        x -> pki.tsa.respond(otherReq), sha256(DOC), pki.random));
  }

  @Test
  void malformedSignaturesRaiseOurCheckedException() throws Exception {
    byte[] sig = sign(DOC);
    SignatureVerifier v = pki.verifier();
    byte[] d = sha256(DOC);
    assertThrows(MalformedDataException.class, () -> v.verifyDigest(new byte[0], d));
    assertThrows(MalformedDataException.class, () -> v.verifyDigest("garbage".getBytes(), d));
    for (int cut = 1; cut < sig.length; cut += 13) {
      byte[] t = Arrays.copyOf(sig, cut);
      assertThrows(CryptoException.class, () -> v.verifyDigest(t, d));
    }
    for (int i = 0; i < sig.length; i += 3) {
      byte[] t = sig.clone();
      t[i] ^= 0x10;
      try {
        v.verifyDigest(t, d);
      } catch (CryptoException expected) {
        // fine: any declared exception; a RuntimeException would fail the test
      }
    }
    // a SignedData that is not ours at all: e.g. a TSA token
    byte[] token = ContentInfo.getInstance(new CMSSignedData(sig).getSignerInfos().getSigners().iterator().next()
        .getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken).getAttrValues().getObjectAt(0)).getEncoded();
    assertThrows(CryptoException.class, () -> v.verifyDigest(token, d));
  }
}
