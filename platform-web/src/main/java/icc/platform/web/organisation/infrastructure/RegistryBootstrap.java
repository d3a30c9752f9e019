package icc.platform.web.organisation.infrastructure;

import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.shared.PlatformConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Makes sure the registry knows the platform's own realms ({@code court}, {@code platform}) and,
 * in development, the demo States whose realms {@code ops/platform} imports into Keycloak. Runs
 * once per deployment after the migrations; idempotent, so restarts change nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class RegistryBootstrap {

  private static final System.Logger LOG = System.getLogger(RegistryBootstrap.class.getName());

  /** The demo States of the foundation issue; their realms come from keycloak-realm/states.tsv. */
  private static final List<DemoState> DEMO_STATES =
      List.of(
          new DemoState("NL", "Netherlands", true),
          new DemoState("FR", "France", true),
          new DemoState("SN", "Senegal", true),
          new DemoState("AR", "Argentina", true),
          new DemoState("JP", "Japan", true));

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Inject private PlatformConfig config;

  @PostConstruct
  void bootstrap() {
    ensure("COURT", "International Criminal Court", OrganisationKind.COURT, null, "court");
    ensure(
        "PLATFORM",
        "Platform operators (Assembly Secretariat)",
        OrganisationKind.PLATFORM_OPERATOR,
        null,
        "platform");
    if (config.demoData()) {
      for (DemoState state : DEMO_STATES) {
        ensure(
            state.code(),
            state.name(),
            OrganisationKind.STATE,
            state.party(),
            "state-" + state.code().toLowerCase());
      }
      LOG.log(Level.INFO, "Demo States registered: {0}", DEMO_STATES.size());
    }
  }

  private void ensure(
      String code, String name, OrganisationKind kind, Boolean party, String realm) {
    String issuer = config.keycloakUrl() + "/realms/" + realm;
    OrganisationCode organisationCode = new OrganisationCode(code);
    Organisation existing =
        em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
            .setParameter("code", organisationCode.value())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (existing == null) {
      em.persist(new Organisation(organisationCode, name, kind, party, realm, issuer));
      LOG.log(Level.INFO, "Registered {0} with issuer {1}", code, issuer);
    } else if (!existing.issuer().equals(issuer) && existing.realm().equals(realm)) {
      existing.reissue(issuer);
      LOG.log(Level.INFO, "Issuer of {0} is now {1}", code, issuer);
    }
  }

  private record DemoState(String code, String name, boolean party) {}
}
