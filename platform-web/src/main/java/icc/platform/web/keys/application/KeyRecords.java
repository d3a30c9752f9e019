package icc.platform.web.keys.application;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.pki.OrganisationCredentials;
import icc.platform.crypto.pki.OrganisationKeys;
import icc.platform.web.keys.domain.OrganisationKey;
import icc.platform.web.keys.domain.OrganisationKey.Purpose;
import icc.platform.web.keys.domain.OrganisationKeyRepository;
import icc.platform.web.keys.domain.PlatformKeys;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads and enrols organisation keys, each in a transaction of its own: a feature may need a key
 * in the middle of its own transaction, whose snapshot (REPEATABLE READ) would not see a key
 * enrolled since, and whose rollback must not undo an enrolment that certificates were issued for.
 */
@ApplicationScoped
public class KeyRecords {

  static final Duration VALIDITY = Duration.ofDays(5 * 365);

  @Inject OrganisationKeyRepository repository;
  @Inject OrganisationRepository organisations;
  @Inject PlatformKeys platform;

  @Transactional(TxType.REQUIRES_NEW)
  public List<OrganisationKey> keysOf(String organisationCode) {
    return repository.keysOf(organisationCode);
  }

  /** Generates the organisation's keys, has the CA certify them, stores them wrapped. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<OrganisationKey> enrol(String organisationCode) {
    Organisation organisation =
        organisations.findByCode(new OrganisationCode(organisationCode))
            .orElseThrow(() -> new IllegalArgumentException("not a registered organisation: " + organisationCode));
    Instant now = Instant.now();
    try {
      OrganisationCredentials c =
          OrganisationKeys.enrol(platform.ca(), distinguishedName(organisation), now.minus(Duration.ofMinutes(5)), VALIDITY, platform.random());
      OrganisationKey signing = new OrganisationKey(organisationCode, Purpose.SIGNING, 1,
          c.signing().certificate().getEncoded(),
          platform.masterKey().wrap(c.signing().privateKey(), OrganisationKey.label(organisationCode, Purpose.SIGNING, 1)).encoded(),
          now);
      OrganisationKey encryption = new OrganisationKey(organisationCode, Purpose.ENCRYPTION, 1,
          c.encryption().current().certificate().getEncoded(),
          platform.masterKey().wrap(c.encryption().current().privateKey(), OrganisationKey.label(organisationCode, Purpose.ENCRYPTION, 1)).encoded(),
          now);
      repository.add(signing);
      repository.add(encryption);
      return List.of(encryption, signing);
    } catch (CryptoException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot enrol " + organisationCode + ": " + e.getMessage(), e);
    }
  }

  /** {@code O=<name>,OU=<code>} with the characters RFC 4514 would need escaped replaced. */
  static String distinguishedName(Organisation organisation) {
    String name = organisation.name().replaceAll("[,+\"\\\\<>;=#]", " ").strip();
    return "O=" + name + ",OU=" + organisation.code().value();
  }
}
