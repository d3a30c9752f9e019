package icc.platform.crypto.pki;

import icc.platform.crypto.Algorithms;
import icc.platform.crypto.CryptoException;
import icc.platform.crypto.CryptoProviders;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The platform certification authority: a single self-signed root that issues the end-entity
 * certificates of organisations and of the TSA, keeps the revocation list and signs CRLs.
 *
 * <p>One level only: the platform is the only issuer and a State verifies with the root alone.
 * The CA's private key would live in the HSM in production; this class only needs a {@link
 * Credential}, so a PKCS#11 key works as well. Revocations are kept in memory: the caller
 * persists {@link #revocations()} and passes them back to {@link #load}.
 */
public final class PlatformCa {
  private final Credential credential;
  private final SecureRandom random;
  private final List<Revocation> revocations;
  private long crlNumber;

  private PlatformCa(Credential credential, List<Revocation> revocations, long crlNumber, SecureRandom random) {
    this.credential = credential;
    this.revocations = new ArrayList<>(revocations);
    this.crlNumber = crlNumber;
    this.random = random;
  }

  /** A new root with a fresh P-384 key, valid from {@code notBefore} to {@code notAfter}. */
  public static PlatformCa create(String distinguishedName, Instant notBefore, Instant notAfter, SecureRandom random)
      throws CryptoException {
    KeyPair kp = KeyPairs.generateP384(random);
    X500Name name = new X500Name(distinguishedName);
    try {
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
                  name, serial(random), Date.from(notBefore), Date.from(notAfter), name, kp.getPublic())
              // RFC 5280 4.2.1.9: CA certificates MUST mark basicConstraints critical.
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
              .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
              .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()));
      X509Certificate cert = toX509(b.build(signer(kp.getPrivate())));
      return new PlatformCa(new Credential(kp.getPrivate(), cert), List.of(), 0, random);
    } catch (Exception e) {
      throw new CryptoException("cannot create the platform CA", e);
    }
  }

  /** Re-opens a CA from its stored key, certificate, revocations and last CRL number. */
  public static PlatformCa load(Credential credential, List<Revocation> revocations, long lastCrlNumber, SecureRandom random) {
    return new PlatformCa(credential, revocations, lastCrlNumber, random);
  }

  public X509Certificate certificate() {
    return credential.certificate();
  }

  public Credential credential() {
    return credential;
  }

  public List<Revocation> revocations() {
    return List.copyOf(revocations);
  }

  /**
   * Issues an end-entity certificate for {@code publicKey}.
   *
   * @param subjectDn RFC 4514 string, e.g. "CN=FIU Ruritania signing,O=FIU,C=RU"
   */
  public X509Certificate issue(String subjectDn, PublicKey publicKey, CertificatePurpose purpose, Instant notBefore, Instant notAfter)
      throws CryptoException {
    Objects.requireNonNull(purpose, "purpose");
    try {
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
                  certificate(), serial(random), Date.from(notBefore), Date.from(notAfter),
                  new X500Name(subjectDn), publicKey)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(publicKey))
              .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(certificate()));
      switch (purpose) {
        case SIGNING -> b.addExtension(Extension.keyUsage, true,
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        case ENCRYPTION -> b.addExtension(Extension.keyUsage, true,
            new KeyUsage(publicKey instanceof RSAPublicKey ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement));
        case TIMESTAMPING -> {
          b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
          // RFC 3161 section 2.3: the TSA certificate MUST contain only one instance of the
          // extended key usage field, with KeyPurposeID id-kp-timeStamping, marked critical.
          b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        default -> throw new IllegalStateException();
      }
      return toX509(b.build(signer(credential.privateKey())));
    } catch (Exception e) {
      throw new CryptoException("cannot issue a certificate for " + subjectDn, e);
    }
  }

  /** Records the revocation of a certificate; it appears in the next {@link #issueCrl}. */
  public synchronized void revoke(BigInteger serial, Instant revokedAt, int reason) {
    revocations.add(new Revocation(serial, revokedAt, reason));
  }

  /**
   * Signs a full CRL of every revocation so far (RFC 5280 section 5), with a CRL number that
   * increases by one each time (section 5.2.3).
   */
  public synchronized X509CRL issueCrl(Instant thisUpdate, Instant nextUpdate) throws CryptoException {
    try {
      X509v2CRLBuilder b = new X509v2CRLBuilder(
          new X509CertificateHolder(certificate().getEncoded()).getSubject(), Date.from(thisUpdate));
      b.setNextUpdate(Date.from(nextUpdate));
      for (Revocation r : revocations) {
        b.addCRLEntry(r.serial(), Date.from(r.revokedAt()), r.reason());
      }
      crlNumber++;
      b.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(crlNumber)));
      b.addExtension(Extension.authorityKeyIdentifier, false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate()));
      X509CRLHolder h = b.build(signer(credential.privateKey()));
      return new JcaX509CRLConverter().getCRL(h);
    } catch (Exception e) {
      throw new CryptoException("cannot issue the CRL", e);
    }
  }

  public synchronized long lastCrlNumber() {
    return crlNumber;
  }

  /** CRLReason codes used by the platform (RFC 5280 section 5.3.1). */
  public static final int REASON_KEY_COMPROMISE = CRLReason.keyCompromise;
  public static final int REASON_SUPERSEDED = CRLReason.superseded;
  public static final int REASON_CESSATION = CRLReason.cessationOfOperation;

  static ContentSigner signer(java.security.PrivateKey key) throws OperatorCreationException {
    return new JcaContentSignerBuilder(key instanceof java.security.interfaces.RSAKey ? "SHA256withRSA" : Algorithms.SIGNATURE)
        .setProvider(CryptoProviders.BC).build(key);
  }

  private static X509Certificate toX509(X509CertificateHolder h) throws java.security.cert.CertificateException {
    return new JcaX509CertificateConverter().getCertificate(h);
  }

  /** RFC 5280 4.1.2.2: positive, at most 20 octets; 159 random bits are unguessable and fit. */
  private static BigInteger serial(SecureRandom random) {
    return new BigInteger(159, random).setBit(0);
  }
}
