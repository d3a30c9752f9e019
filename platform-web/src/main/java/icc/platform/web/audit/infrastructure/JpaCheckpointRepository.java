package icc.platform.web.audit.infrastructure;

import icc.platform.web.audit.domain.CheckpointRepository;
import icc.platform.web.audit.domain.SignedCheckpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaCheckpointRepository implements CheckpointRepository {

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Override
  public Optional<SignedCheckpoint> latest() {
    return em.createQuery("select c from CheckpointRow c order by c.treeSize desc", CheckpointRow.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(CheckpointRow::toCheckpoint);
  }

  @Override
  public Optional<SignedCheckpoint> findBySize(long treeSize) {
    return Optional.ofNullable(em.find(CheckpointRow.class, treeSize)).map(CheckpointRow::toCheckpoint);
  }

  @Override
  public void add(SignedCheckpoint checkpoint) {
    em.persist(new CheckpointRow(checkpoint));
  }
}
