package icc.platform.web.keys.infrastructure;

import icc.platform.web.keys.domain.OrganisationKey;
import icc.platform.web.keys.domain.OrganisationKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaOrganisationKeyRepository implements OrganisationKeyRepository {

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Override
  public List<OrganisationKey> keysOf(String organisationCode) {
    return em.createQuery(
            "select k from OrganisationKey k where k.organisationCode = :code order by k.purpose, k.generation desc",
            OrganisationKey.class)
        .setParameter("code", organisationCode)
        .getResultList();
  }

  @Override
  public void add(OrganisationKey key) {
    em.persist(key);
    em.flush();
  }
}
