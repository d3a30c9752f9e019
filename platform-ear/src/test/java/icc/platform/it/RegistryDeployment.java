package icc.platform.it;

import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.organisation.domain.OrganisationStatus;
import icc.platform.web.organisation.infrastructure.JpaOrganisationRepository;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.strategy.RejectDependenciesStrategy;

/**
 * Builds the micro-deployment of {@link OrganisationRegistryIT}: the registry classes, its
 * persistence unit and Hibernate ORM (as the EAR bundles it, minus the APIs Payara provides).
 * Kept out of the test class so that the class still links inside the container, where the
 * Maven resolver is absent.
 */
final class RegistryDeployment {

  private RegistryDeployment() {}

  static WebArchive create() {
    File[] hibernate =
        Maven.resolver()
            .loadPomFromFile(System.getProperty("platform-web.pom", "../platform-web/pom.xml"))
            .resolve("org.hibernate.orm:hibernate-core")
            .using(
                new RejectDependenciesStrategy(
                    false,
                    "jakarta.persistence:jakarta.persistence-api",
                    "jakarta.transaction:jakarta.transaction-api",
                    "jakarta.xml.bind:jakarta.xml.bind-api",
                    "org.glassfish.jaxb:jaxb-runtime",
                    "jakarta.inject:jakarta.inject-api",
                    "jakarta.activation:jakarta.activation-api"))
            .asFile();
    return ShrinkWrap.create(WebArchive.class, "registry-it.war")
        .addClasses(
            Organisation.class,
            OrganisationCode.class,
            OrganisationKind.class,
            OrganisationStatus.class,
            OrganisationRepository.class,
            JpaOrganisationRepository.class)
        .addAsResource("registry-it-persistence.xml", "META-INF/persistence.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
        .addAsLibraries(hibernate);
  }
}
