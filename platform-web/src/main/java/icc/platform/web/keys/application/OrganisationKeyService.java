package icc.platform.web.keys.application;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.custody.WrappedPrivateKey;
import icc.platform.crypto.pki.Credential;
import icc.platform.crypto.pki.EncryptionKeyRing;
import icc.platform.crypto.pki.OrganisationCredentials;
import icc.platform.crypto.signature.DetachedSigner;
import icc.platform.web.keys.domain.OrganisationKey;
import icc.platform.web.keys.domain.OrganisationKey.Purpose;
import icc.platform.web.keys.domain.PlatformKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An organisation's credentials for the features that sign and encrypt on its behalf. Custodial
 * model (docs/exchange.md "Keys"): the platform generates and holds every organisation's signing
 * and encryption keys, certified by the platform CA, and signs and decrypts for the organisation's
 * users after the access rules allowed them. An organisation is enrolled on first need.
 *
 * <p>Unwrapped credentials are cached per node: they change only by rotation, which this platform
 * does not do yet (a rotation must clear the cache on every node).
 */
@ApplicationScoped
public class OrganisationKeyService {

  @Inject KeyRecords records;
  @Inject PlatformKeys platform;

  private final Map<String, OrganisationCredentials> cache = new ConcurrentHashMap<>();

  /** The organisation's signing credential and encryption key ring; enrols it if it has none. */
  public OrganisationCredentials credentials(String organisationCode) {
    return cache.computeIfAbsent(organisationCode, this::loadOrEnrol);
  }

  /** The certificate new documents for this organisation are encrypted to. */
  public X509Certificate encryptionCertificate(String organisationCode) {
    return credentials(organisationCode).encryption().current().certificate();
  }

  public EncryptionKeyRing encryptionKeys(String organisationCode) {
    return credentials(organisationCode).encryption();
  }

  /** Signs (with an RFC 3161 timestamp from the platform TSA) as this organisation. */
  public DetachedSigner signer(String organisationCode) {
    return new DetachedSigner(credentials(organisationCode).signing(), platform.tsa(), Clock.systemUTC());
  }

  /** Whether {@code certificate} is (or was) this organisation's signing certificate. */
  public boolean isSigningCertificateOf(String organisationCode, X509Certificate certificate) {
    return credentials(organisationCode).signing().certificate().equals(certificate);
  }

  private OrganisationCredentials loadOrEnrol(String organisationCode) {
    List<OrganisationKey> keys = records.keysOf(organisationCode);
    if (keys.isEmpty()) {
      try {
        keys = records.enrol(organisationCode);
      } catch (RuntimeException raced) {
        // Another node (or request) enrolled it first; its keys are the organisation's keys.
        keys = records.keysOf(organisationCode);
        if (keys.isEmpty()) {
          throw raced;
        }
      }
    }
    return unwrap(keys);
  }

  private OrganisationCredentials unwrap(List<OrganisationKey> keys) {
    try {
      Credential signing = null;
      List<Credential> encryption = new ArrayList<>();
      for (OrganisationKey k : keys) { // newest generation first within each purpose
        Credential c = new Credential(
            platform.masterKey().unwrap(WrappedPrivateKey.parse(k.wrappedKey()), k.label()),
            certificate(k.certificate()));
        if (k.purpose() == Purpose.SIGNING) {
          if (signing == null) {
            signing = c;
          }
        } else {
          encryption.add(c);
        }
      }
      if (signing == null || encryption.isEmpty()) {
        throw new IllegalStateException("incomplete stored keys for " + keys.get(0).organisationCode());
      }
      return new OrganisationCredentials(signing, new EncryptionKeyRing(encryption));
    } catch (CryptoException e) {
      throw new IllegalStateException("stored organisation key does not unwrap: " + e.getMessage(), e);
    }
  }

  static X509Certificate certificate(byte[] der) {
    try {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new IllegalStateException("stored certificate does not parse", e);
    }
  }
}
