package icc.platform.web.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A disabled account: its tokens and web sessions are refused even before they expire. */
@Entity
@Table(name = "account_block")
@IdClass(AccountBlock.Key.class)
public class AccountBlock {

  @Id
  @Column(name = "issuer", length = 512)
  private String issuer;

  @Id
  @Column(name = "subject", length = 255)
  private String subject;

  @Column(name = "blocked_at", nullable = false)
  private Instant blockedAt;

  @Column(name = "blocked_by", nullable = false, length = 255)
  private String blockedBy;

  protected AccountBlock() {}

  public AccountBlock(String issuer, String subject, String blockedBy) {
    this.issuer = issuer;
    this.subject = subject;
    this.blockedBy = blockedBy;
    this.blockedAt = Instant.now();
  }

  /** Composite key (issuer, subject): users are keyed on both, DESIGN.md section 3. */
  public static class Key implements Serializable {
    public String issuer;
    public String subject;

    public Key() {}

    public Key(String issuer, String subject) {
      this.issuer = issuer;
      this.subject = subject;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.issuer.equals(issuer) && k.subject.equals(subject);
    }

    @Override
    public int hashCode() {
      return issuer.hashCode() * 31 + subject.hashCode();
    }
  }
}
