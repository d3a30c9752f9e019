package icc.platform.crypto.pki;

import icc.platform.crypto.CryptoException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/** Enrolment and rotation of an organisation's keys, certified by the platform CA. */
public final class OrganisationKeys {
  private OrganisationKeys() {}

  /**
   * Generates a signing and an encryption P-384 key pair and has the CA certify both.
   *
   * @param organisationDn e.g. "O=FIU Ruritania,C=RU"; the CN says which key it is
   */
  public static OrganisationCredentials enrol(PlatformCa ca, String organisationDn, Instant now, Duration validity, SecureRandom random)
      throws CryptoException {
    return new OrganisationCredentials(
        newKey(ca, organisationDn, CertificatePurpose.SIGNING, now, validity, random),
        EncryptionKeyRing.of(newKey(ca, organisationDn, CertificatePurpose.ENCRYPTION, now, validity, random)));
  }

  /**
   * Rotation: a new signing key replaces the old one (the old certificate stays valid for the
   * signatures it made: they are verified at their timestamp); a new encryption key becomes
   * current and the old ones stay in the ring to open old documents. Revoking the old
   * certificates (reason superseded) is the caller's decision.
   */
  public static OrganisationCredentials rotate(PlatformCa ca, OrganisationCredentials current, String organisationDn, Instant now, Duration validity, SecureRandom random)
      throws CryptoException {
    Credential signing = newKey(ca, organisationDn, CertificatePurpose.SIGNING, now, validity, random);
    Credential enc = newKey(ca, organisationDn, CertificatePurpose.ENCRYPTION, now, validity, random);
    return new OrganisationCredentials(signing, current.encryption().rotate(enc));
  }

  /** One key pair and its certificate for {@code purpose}. */
  public static Credential newKey(PlatformCa ca, String organisationDn, CertificatePurpose purpose, Instant now, Duration validity, SecureRandom random)
      throws CryptoException {
    KeyPair kp = KeyPairs.generateP384(random);
    String cn = switch (purpose) {
      case SIGNING -> "signing";
      case ENCRYPTION -> "encryption";
      case TIMESTAMPING -> "time-stamping authority";
    };
    X509Certificate cert = ca.issue("CN=" + cn + "," + organisationDn, kp.getPublic(), purpose, now, now.plus(validity));
    return new Credential(kp.getPrivate(), cert);
  }
}
