package icc.platform.it;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.infrastructure.AuditEventRow;
import icc.platform.web.audit.infrastructure.JdbcNodeStore;
import icc.platform.web.audit.infrastructure.MariaDbAuditLog;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.strategy.RejectDependenciesStrategy;

/**
 * The micro-deployment of {@link AuditAtomicityIT}: the audit log's classes (trail, MariaDB log,
 * node store, event row, domain), platform-crypto's jar as the reactor just built it, Hibernate
 * ORM (as the EAR bundles it, minus the APIs Payara provides) and a probe bean whose transaction
 * fails after recording. Kept out of the test class so that it links in the container.
 */
final class AuditDeployment {

  private AuditDeployment() {}

  static WebArchive create() {
    List<File> libraries = new ArrayList<>();
    libraries.addAll(List.of(
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
            .asFile()));
    Path crypto = Path.of(System.getProperty("platform-web.pom", "../platform-web/pom.xml"))
        .toAbsolutePath().getParent().resolveSibling("platform-crypto").resolve("target");
    try (Stream<Path> jars = Files.list(crypto)) {
      jars.filter(p -> p.getFileName().toString().matches("platform-crypto-.*\\.jar"))
          .filter(p -> !p.getFileName().toString().contains("-tests"))
          .forEach(p -> libraries.add(p.toFile()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("platform-crypto must be built first (reactor)", e);
    }
    return ShrinkWrap.create(WebArchive.class, "audit-it.war")
        .addPackage("icc.platform.web.audit.domain")
        .addPackage("icc.platform.web.organisation.domain")
        .addClasses(
            AuditTrail.class,
            MariaDbAuditLog.class,
            JdbcNodeStore.class,
            AuditEventRow.class,
            Caller.class,
            PlatformRole.class,
            AuditAtomicityProbe.class)
        .addAsResource("audit-it-persistence.xml", "META-INF/persistence.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
        .addAsLibraries(libraries.toArray(File[]::new));
  }
}
