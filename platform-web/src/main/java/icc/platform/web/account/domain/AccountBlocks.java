package icc.platform.web.account.domain;

/** The disabled accounts. */
public interface AccountBlocks {

  boolean isBlocked(String issuer, String subject);

  void block(String issuer, String subject, String blockedBy);

  void unblock(String issuer, String subject);
}
