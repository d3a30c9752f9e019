package icc.platform.web.organisation.application;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.organisation.application.IdentityProvisioning.StateAdministrator;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.security.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import icc.platform.web.shared.OneTimePassword;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Set;

/**
 * What platform administrators do to organisations. Each operation changes the registry and
 * records its audit event in one transaction.
 *
 * <p>Onboarding spans two systems, Keycloak and the database, and must be all or nothing: the
 * realm is created first, then the registry entry and the audit event are written; if that
 * transaction does not commit, for whatever reason and at whatever moment, a transaction
 * synchronization deletes the realm again. So there is never a realm without a registry entry,
 * nor an entry without a realm.
 */
@ApplicationScoped
public class OrganisationAdministration {

  private static final System.Logger LOG = System.getLogger(OrganisationAdministration.class.getName());
  private static final Set<String> ISO_3166_ALPHA_2 = Set.of(Locale.getISOCountries());

  @Inject OrganisationRepository registry;
  @Inject IdentityProvisioning identity;
  @Inject AuditTrail audit;

  @Resource TransactionSynchronizationRegistry transactions;


  /** What the operator must hand over to the new State's administrator, once. */
  public record OnboardedState(
      String code, String name, String realm, String issuer, String adminUsername, String temporaryPassword) {}

  @Transactional
  public OnboardedState onboardState(String codeText, String nameText, boolean partyToStatute, Caller by) {
    OrganisationCode code = stateCode(codeText);
    String name = stateName(nameText);
    String realm = "state-" + code.value().toLowerCase(Locale.ROOT);
    if (registry.findByCode(code).isPresent()) {
      throw OnboardingRefusedException.conflict(code + " is already registered on the platform");
    }
    if (identity.realmExists(realm)) {
      throw OnboardingRefusedException.conflict(
          "A realm " + realm + " already exists in Keycloak without a registry entry; remove it first");
    }
    StateAdministrator admin = new StateAdministrator("admin." + code.value().toLowerCase(Locale.ROOT), OneTimePassword.generate());

    String issuer = identity.createStateRealm(realm, code.value(), name, admin);
    undoRealmUnlessCommitted(realm);

    Organisation state = new Organisation(code, name, OrganisationKind.STATE, partyToStatute, realm, issuer);
    registry.add(state);
    audit.record(
        AuditEvent.of(AuditAction.ORGANISATION_ONBOARD, AuditOutcome.SUCCESS, Actor.of(by))
            .about(new AuditObject("organisation", code.value()))
            .detail("realm", realm)
            .detail("name", name)
            .detail("firstAdministrator", admin.username())
            .build());
    return new OnboardedState(code.value(), name, realm, issuer, admin.username(), admin.temporaryPassword());
  }

  @Transactional
  public Organisation suspend(String codeText, Caller by) {
    Organisation organisation = existing(codeText);
    try {
      organisation.suspend();
    } catch (IllegalStateException e) {
      throw OnboardingRefusedException.conflict(e.getMessage());
    }
    audit.record(
        AuditEvent.of(AuditAction.ORGANISATION_SUSPEND, AuditOutcome.SUCCESS, Actor.of(by))
            .about(new AuditObject("organisation", organisation.code().value()))
            .build());
    try {
      // Our own checks already refuse its tokens and sessions; this also ends its realm sessions.
      identity.logoutAll(organisation.realm());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not end the realm sessions of " + organisation.realm(), e);
    }
    return organisation;
  }

  @Transactional
  public Organisation reinstate(String codeText, Caller by) {
    Organisation organisation = existing(codeText);
    organisation.reinstate();
    audit.record(
        AuditEvent.of(AuditAction.ORGANISATION_REINSTATE, AuditOutcome.SUCCESS, Actor.of(by))
            .about(new AuditObject("organisation", organisation.code().value()))
            .build());
    return organisation;
  }

  private Organisation existing(String codeText) {
    OrganisationCode code;
    try {
      code = OrganisationCode.parse(codeText);
    } catch (IllegalArgumentException e) {
      throw new OrganisationNotFoundException(String.valueOf(codeText));
    }
    return registry.findByCode(code).orElseThrow(() -> new OrganisationNotFoundException(code.value()));
  }

  private void undoRealmUnlessCommitted(String realm) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              LOG.log(Level.WARNING, "Onboarding of {0} did not commit; deleting the realm again", realm);
              identity.deleteRealm(realm);
            }
          }
        });
  }

  /** A State is registered under its ISO 3166-1 alpha-2 code. */
  static OrganisationCode stateCode(String text) {
    String code = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    if (!ISO_3166_ALPHA_2.contains(code)) {
      throw OnboardingRefusedException.invalid(
          "code: '" + text + "' is not an ISO 3166-1 alpha-2 country code (for example KE for Kenya)");
    }
    return new OrganisationCode(code);
  }

  static String stateName(String text) {
    String name = text == null ? "" : text.strip();
    if (name.isEmpty() || name.length() > Organisation.NAME_MAX) {
      throw OnboardingRefusedException.invalid(
          "name: give the State's name, 1 to " + Organisation.NAME_MAX + " characters");
    }
    return name;
  }

}
