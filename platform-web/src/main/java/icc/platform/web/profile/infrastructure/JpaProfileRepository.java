package icc.platform.web.profile.infrastructure;

import icc.platform.web.profile.domain.CountryProfile;
import icc.platform.web.profile.domain.ProfileRepository;
import icc.platform.web.profile.domain.ProfileVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProfileRepository implements ProfileRepository {

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Override
  public Optional<CountryProfile> find(String stateCode) {
    return Optional.ofNullable(em.find(CountryProfile.class, stateCode));
  }

  @Override
  public Optional<CountryProfile> findForUpdate(String stateCode) {
    return Optional.ofNullable(em.find(CountryProfile.class, stateCode, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<CountryProfile> findAll() {
    return em.createQuery("select p from CountryProfile p order by p.stateCode", CountryProfile.class).getResultList();
  }

  @Override
  public void add(CountryProfile profile) {
    em.persist(profile);
  }

  @Override
  public void addVersion(ProfileVersion version) {
    em.persist(version);
    em.flush();
  }

  @Override
  public Optional<ProfileVersion> version(String stateCode, int number) {
    return Optional.ofNullable(em.find(ProfileVersion.class, new ProfileVersion.Key(stateCode, number)));
  }

  @Override
  public List<ProfileVersion> versions(String stateCode) {
    return em.createQuery(
            "select v from ProfileVersion v where v.key.stateCode = :state order by v.key.number desc",
            ProfileVersion.class)
        .setParameter("state", stateCode)
        .getResultList();
  }
}
