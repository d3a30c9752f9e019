package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationRepository;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation registry in the container, on the real MariaDB of the test stack: Arquillian
 * deploys a small war with the registry and Hibernate to the running Payara and runs these tests
 * inside it, through the same JTA data source the platform uses.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationRegistryIT {

  @Deployment
  static WebArchive registry() {
    return RegistryDeployment.create();
  }

  @Inject OrganisationRepository registry;

  @Test
  void findsTheRegisteredIssuerByExactMatch() {
    String issuer = registry.findByCode(new OrganisationCode("NL")).orElseThrow().issuer();

    assertEquals("NL", registry.findByIssuer(issuer).orElseThrow().code().value());
  }

  @Test
  void doesNotMatchAnIssuerThatDiffersInCaseOrTrailingSpace() {
    String issuer = registry.findByCode(new OrganisationCode("NL")).orElseThrow().issuer();

    // MariaDB's default collations ignore case and trailing spaces; the issuer column must not.
    assertTrue(registry.findByIssuer(issuer.toUpperCase()).isEmpty(), "case must matter");
    assertTrue(registry.findByIssuer(issuer + " ").isEmpty(), "trailing space must matter");
    assertTrue(registry.findByIssuer(issuer.replace("state-nl", "State-NL")).isEmpty());
  }

  @Test
  void listsStatesFirstThenTheCourtAndTheOperators() {
    List<Organisation> all = registry.findAll();

    int firstNonState =
        (int) all.stream().takeWhile(o -> o.kind() == OrganisationKind.STATE).count();
    assertTrue(firstNonState >= 5, "the five demo States come first: " + all);
    assertTrue(all.subList(firstNonState, all.size()).stream().noneMatch(o -> o.kind() == OrganisationKind.STATE));
  }

  @Test
  void refusesASecondOrganisationWithTheSameCode() {
    Organisation duplicate =
        new Organisation(
            new OrganisationCode("NL"),
            "Another Netherlands",
            OrganisationKind.STATE,
            true,
            "state-nl-bis",
            "http://example.org/realms/state-nl-bis");

    assertThrows(RuntimeException.class, () -> registry.add(duplicate));
    assertEquals("Netherlands", registry.findByCode(new OrganisationCode("NL")).orElseThrow().name());
  }
}
