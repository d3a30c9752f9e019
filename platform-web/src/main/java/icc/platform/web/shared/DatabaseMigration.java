package icc.platform.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema, brought up to date with the versioned SQL migrations in {@code db/migration} when
 * the application is deployed, before it serves any request. The schema never comes from the
 * JPA mapping.
 *
 * <p>The migrations run while Hibernate builds its session factory ({@link
 * MigrateBeforeHibernateStarts}), before anything built on it starts. This startup bean is what
 * the other startup beans wait for ({@code @DependsOn("DatabaseMigration")}) and what the
 * readiness check asks; it refuses to start if the migrations did not run.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  private static final System.Logger LOG = System.getLogger(DatabaseMigration.class.getName());

  static final String DATA_SOURCE = "jdbc/platform";

  private static volatile boolean migrated;

  @PostConstruct
  void checkMigrated() {
    if (!migrated) {
      throw new IllegalStateException("The schema migrations did not run while Hibernate started:"
          + " META-INF/services/org.hibernate.integrator.spi.Integrator must name MigrateBeforeHibernateStarts");
    }
  }

  /** Applies the migrations not applied yet. */
  static void applyMigrations(DataSource dataSource) {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.log(
        Level.INFO,
        "Database schema at version {0} ({1} migration(s) applied now)",
        result.targetSchemaVersion,
        result.migrationsExecuted);
    migrated = true;
  }

  public boolean isDone() {
    return migrated;
  }
}
