package icc.platform.crypto;

import icc.platform.crypto.pki.CertificatePurpose;
import icc.platform.crypto.pki.Credential;
import icc.platform.crypto.pki.OrganisationCredentials;
import icc.platform.crypto.pki.OrganisationKeys;
import icc.platform.crypto.pki.PathValidator;
import icc.platform.crypto.pki.PlatformCa;
import icc.platform.crypto.signature.DetachedSigner;
import icc.platform.crypto.signature.SignatureVerifier;
import icc.platform.crypto.signature.TimeStampAuthority;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A small platform for tests: CA, TSA and two organisations, all from a seeded random generator
 * and a fixed clock, so that every run builds the same world.
 */
public final class TestPki {
  public static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");
  public static final Duration YEAR = Duration.ofDays(365);

  public final SecureRandom random;
  public final PlatformCa ca;
  public final Credential tsaCredential;
  public final TimeStampAuthority tsa;
  public final OrganisationCredentials ruritania;
  public final OrganisationCredentials court;
  public final Clock clock;

  public TestPki(long seed) throws CryptoException {
    this.random = seeded(seed);
    this.clock = Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    this.ca = PlatformCa.create("CN=ICC Platform Test CA,O=International Criminal Court,C=NL",
        T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(3650)), random);
    this.tsaCredential = OrganisationKeys.newKey(ca, "O=ICC Platform,C=NL", CertificatePurpose.TIMESTAMPING, T0, YEAR, random);
    this.tsa = new TimeStampAuthority(tsaCredential, clock, random);
    this.ruritania = OrganisationKeys.enrol(ca, "O=FIU Ruritania,C=RU", T0, YEAR, random);
    this.court = OrganisationKeys.enrol(ca, "O=International Criminal Court,C=NL", T0, YEAR, random);
  }

  public static SecureRandom seeded(long seed) {
    try {
      // SHA1PRNG seeded before first use is deterministic: tests need no unseeded randomness.
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(seed);
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public DetachedSigner signer(OrganisationCredentials org) {
    return new DetachedSigner(org.signing(), tsa, clock);
  }

  public SignatureVerifier verifier() throws CryptoException {
    return new SignatureVerifier(new PathValidator(ca.certificate(), Optional.empty()));
  }

  public SignatureVerifier verifier(X509CRL crl) throws CryptoException {
    return new SignatureVerifier(new PathValidator(ca.certificate(), Optional.of(crl)));
  }
}
