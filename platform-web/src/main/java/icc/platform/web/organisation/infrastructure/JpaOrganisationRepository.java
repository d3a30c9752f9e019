package icc.platform.web.organisation.infrastructure;

import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Override
  public Optional<Organisation> findByCode(OrganisationCode code) {
    return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Organisation> findByIssuer(String issuer) {
    return em.createQuery(
            "select o from Organisation o where o.issuer = :issuer", Organisation.class)
        .setParameter("issuer", issuer)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Organisation> findAll() {
    return em.createQuery(
            "select o from Organisation o order by case when o.kind = icc.platform.web.organisation.domain.OrganisationKind.STATE then 0 else 1 end, o.name",
            Organisation.class)
        .getResultList();
  }

  @Override
  @Transactional
  public void add(Organisation organisation) {
    em.persist(organisation);
  }
}
