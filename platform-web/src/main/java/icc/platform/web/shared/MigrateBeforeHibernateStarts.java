package icc.platform.web.shared;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Brings the schema up to date while Hibernate builds its session factory, before anything built
 * on it starts. Hibernate Search's outbox agent starts with the session factory and polls its
 * tables at once; when the migrations ran only later (in {@link DatabaseMigration}, an EJB that
 * starts after the persistence unit), the first start on an empty database logged a burst of
 * "Table HSEARCH_AGENT doesn't exist" until they had run. Registered in
 * META-INF/services/org.hibernate.integrator.spi.Integrator; {@link DatabaseMigration} is what
 * the startup beans and the readiness check wait for.
 */
public class MigrateBeforeHibernateStarts implements Integrator {

  @Override
  public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
    try {
      DatabaseMigration.applyMigrations((DataSource) new InitialContext().lookup(DatabaseMigration.DATA_SOURCE));
    } catch (NamingException e) {
      throw new IllegalStateException("The platform's data source " + DatabaseMigration.DATA_SOURCE + " is not bound", e);
    }
  }

  @Override
  public void disintegrate(SessionFactoryImplementor sessionFactory, org.hibernate.service.spi.SessionFactoryServiceRegistry registry) {
    // nothing to undo
  }
}
