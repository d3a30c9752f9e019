package icc.platform.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned SQL migrations in {@code db/migration} when
 * the application is deployed, before it serves any request. The schema never comes from the
 * JPA mapping.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  private static final System.Logger LOG = System.getLogger(DatabaseMigration.class.getName());

  static final String DATA_SOURCE = "jdbc/platform";

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private volatile boolean done;

  @PostConstruct
  void migrate() {
    applyMigrations(dataSource);
    done = true;
  }

  /**
   * Applies the migrations not applied yet: none when MigrateBeforeHibernateStarts ran first. (A
   * name of its own: the container finds the {@code @PostConstruct} method by name, and an
   * overload of it failed the deployment.)
   */
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
  }

  public boolean isDone() {
    return done;
  }
}
