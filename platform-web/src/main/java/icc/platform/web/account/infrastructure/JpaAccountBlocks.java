package icc.platform.web.account.infrastructure;

import icc.platform.web.account.domain.AccountBlock;
import icc.platform.web.account.domain.AccountBlocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class JpaAccountBlocks implements AccountBlocks {

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Override
  public boolean isBlocked(String issuer, String subject) {
    return em.find(AccountBlock.class, new AccountBlock.Key(issuer, subject)) != null;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void block(String issuer, String subject, String blockedBy) {
    if (!isBlocked(issuer, subject)) {
      em.persist(new AccountBlock(issuer, subject, blockedBy));
    }
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void unblock(String issuer, String subject) {
    AccountBlock block = em.find(AccountBlock.class, new AccountBlock.Key(issuer, subject));
    if (block != null) {
      em.remove(block);
    }
  }
}
