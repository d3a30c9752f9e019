package icc.platform.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.crypto.MalformedDataException;
import icc.platform.crypto.TestPki;
import icc.platform.crypto.VerificationException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PathValidatorTest {
  static TestPki pki;
  static TestPki otherPlatform;

  @BeforeAll
  static void world() throws Exception {
    pki = new TestPki(3);
    otherPlatform = new TestPki(4);
  }

  final Instant now = TestPki.T0.plus(Duration.ofDays(10));

  @Test
  void certificatesOfThePlatformValidate() throws Exception {
    PathValidator v = new PathValidator(pki.ca.certificate(), Optional.empty());
    PathValidator.Result r = v.validate(pki.ruritania.signing().certificate(), now);
    assertFalse(r.revocationChecked());
    v.validate(pki.tsaCredential.certificate(), now);
    v.validate(pki.court.encryption().current().certificate(), now);
  }

  @Test
  void caAndEndEntityProfiles() throws Exception {
    X509Certificate ca = pki.ca.certificate();
    assertTrue(ca.getBasicConstraints() >= 0);
    assertTrue(ca.getKeyUsage()[5] && ca.getKeyUsage()[6], "keyCertSign and cRLSign");
    X509Certificate s = pki.ruritania.signing().certificate();
    assertEquals(-1, s.getBasicConstraints());
    assertTrue(s.getKeyUsage()[0] && s.getKeyUsage()[1]);
    assertTrue(pki.ruritania.encryption().current().certificate().getKeyUsage()[4], "keyAgreement");
    X509Certificate tsa = pki.tsaCredential.certificate();
    assertEquals(java.util.List.of("1.3.6.1.5.5.7.3.8"), tsa.getExtendedKeyUsage());
    assertTrue(tsa.getCriticalExtensionOIDs().contains("2.5.29.37"), "RFC 3161 2.3: EKU critical");
    assertEquals("EC", s.getPublicKey().getAlgorithm());
  }

  @Test
  void aCertificateOfAnotherCaIsRejected() throws Exception {
    PathValidator v = new PathValidator(pki.ca.certificate(), Optional.empty());
    assertThrows(VerificationException.class, () -> v.validate(otherPlatform.ruritania.signing().certificate(), now));
  }

  @Test
  void outsideTheValidityPeriodIsRejected() throws Exception {
    PathValidator v = new PathValidator(pki.ca.certificate(), Optional.empty());
    X509Certificate c = pki.ruritania.signing().certificate();
    assertThrows(VerificationException.class, () -> v.validate(c, TestPki.T0.minus(Duration.ofDays(1))));
    assertThrows(VerificationException.class, () -> v.validate(c, TestPki.T0.plus(Duration.ofDays(400))));
  }

  @Test
  void revokedCertificateIsRejectedAfterItsRevocationOnlyAndOthersStayValid() throws Exception {
    TestPki p = new TestPki(5);
    X509Certificate revoked = p.ruritania.signing().certificate();
    Instant revokedAt = TestPki.T0.plus(Duration.ofDays(5));
    p.ca.revoke(revoked.getSerialNumber(), revokedAt, PlatformCa.REASON_KEY_COMPROMISE);
    X509CRL crl = p.ca.issueCrl(TestPki.T0.plus(Duration.ofDays(6)), TestPki.T0.plus(Duration.ofDays(13)));
    assertEquals(1, p.ca.lastCrlNumber());
    // re-parse from the encoding, as a State would receive it
    X509CRL reparsed = Pem.readCrl(Pem.write(crl).getBytes());
    PathValidator v = new PathValidator(p.ca.certificate(), Optional.of(reparsed));

    VerificationException e = assertThrows(VerificationException.class, () -> v.validate(revoked, now));
    assertTrue(e.getMessage().contains("revoked"), e.getMessage());
    // a signature timestamped before the revocation still validates, and says it was revoked later
    PathValidator.Result before = v.validate(revoked, revokedAt.minusSeconds(1));
    assertEquals(Optional.of(revokedAt), before.revokedLater());
    assertTrue(before.revocationChecked());
    // the other organisation is unaffected
    assertEquals(Optional.empty(), v.validate(p.court.signing().certificate(), now).revokedLater());
  }

  @Test
  void aCrlNotFromThePlatformCaIsRefused() throws Exception {
    X509CRL foreign = otherPlatform.ca.issueCrl(now, now.plus(Duration.ofDays(7)));
    assertThrows(VerificationException.class, () -> new PathValidator(pki.ca.certificate(), Optional.of(foreign)));
  }

  @Test
  void malformedPemIsAChekedException() {
    assertThrows(MalformedDataException.class, () -> Pem.readCertificate("garbage".getBytes()));
    assertThrows(MalformedDataException.class, () -> Pem.readCrl(new byte[0]));
  }
}
