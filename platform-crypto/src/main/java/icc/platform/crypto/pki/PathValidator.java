package icc.platform.crypto.pki;

import icc.platform.crypto.VerificationException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Extension;

/**
 * RFC 5280 section 6 path validation against the platform CA as the only trust anchor, at a
 * chosen time (the RFC 3161 timestamp of a signature, not "now"), with revocation from the
 * platform's CRL.
 *
 * <p>Why revocation is checked here and not by the JDK's PKIX revocation checker: that checker
 * only accepts a CRL whose thisUpdate is not after the validation time, so validating an old
 * signature against today's CRL would always fail "revocation status unknown". Our rule, from
 * RFC 5280 section 5.3.2 (invalidityDate) and the usual long-term-validation practice: a
 * certificate is rejected when the CRL revokes it with an effective date (invalidityDate if
 * present, otherwise revocationDate) at or before the validation time. A signature timestamped
 * before a later revocation stays valid, and the result says it was revoked later.
 */
public final class PathValidator {
  private final X509Certificate anchor;
  private final Optional<X509CRL> crl;

  /**
   * @param crl the platform's latest CRL; it must be signed by {@code anchor}
   * @throws VerificationException if the CRL is not from the anchor
   */
  public PathValidator(X509Certificate anchor, Optional<X509CRL> crl) throws VerificationException {
    this.anchor = anchor;
    this.crl = crl;
    if (crl.isPresent()) {
      X509CRL c = crl.get();
      if (!c.getIssuerX500Principal().equals(anchor.getSubjectX500Principal())) {
        throw new VerificationException("the CRL was not issued by the platform CA");
      }
      try {
        c.verify(anchor.getPublicKey());
      } catch (GeneralSecurityException e) {
        throw new VerificationException("the CRL signature does not verify with the platform CA key", e);
      }
    }
  }

  public X509Certificate anchor() {
    return anchor;
  }

  public boolean checksRevocation() {
    return crl.isPresent();
  }

  /** Result of a successful validation; {@code revokedLater} if revoked after {@code at}. */
  public record Result(X509Certificate certificate, Instant at, boolean revocationChecked, Optional<Instant> revokedLater) {}

  /**
   * Validates the path {@code cert} → anchor at time {@code at}.
   *
   * @throws VerificationException not issued by the anchor, outside its validity at {@code at},
   *     revoked at or before {@code at}, or a bad critical extension
   */
  public Result validate(X509Certificate cert, Instant at) throws VerificationException {
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      CertPath path = cf.generateCertPath(List.of(cert));
      PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
      params.setDate(Date.from(at));
      params.setRevocationEnabled(false); // done below, see class comment
      CertPathValidator.getInstance("PKIX").validate(path, params);
    } catch (CertPathValidatorException e) {
      throw new VerificationException(
          "certificate " + describe(cert) + " is not valid at " + at + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new VerificationException("cannot validate " + describe(cert), e);
    }
    Optional<Instant> later = Optional.empty();
    if (crl.isPresent()) {
      X509CRLEntry entry = crl.get().getRevokedCertificate(cert);
      if (entry != null) {
        Instant effective = effectiveDate(entry);
        if (!effective.isAfter(at)) {
          throw new VerificationException(
              "certificate " + describe(cert) + " was revoked on " + effective
                  + (entry.getRevocationReason() != null ? " (" + entry.getRevocationReason() + ")" : "")
                  + ", at or before " + at);
        }
        later = Optional.of(effective);
      }
    }
    return new Result(cert, at, crl.isPresent(), later);
  }

  private static Instant effectiveDate(X509CRLEntry entry) {
    byte[] ext = entry.getExtensionValue(Extension.invalidityDate.getId());
    if (ext != null) {
      try {
        ASN1Primitive p = ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ext).getOctets());
        return ASN1GeneralizedTime.getInstance(p).getDate().toInstant();
      } catch (Exception e) {
        // a malformed invalidityDate cannot move the date later than revocationDate
      }
    }
    return entry.getRevocationDate().toInstant();
  }

  static String describe(X509Certificate c) {
    return "'" + c.getSubjectX500Principal().getName() + "' (serial " + c.getSerialNumber().toString(16) + ")";
  }
}
