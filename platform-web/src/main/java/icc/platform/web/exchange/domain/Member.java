package icc.platform.web.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * A user of a participant organisation added to a thread by its focal point: officers see only
 * the threads they are members of. Keyed by user name within the organisation's realm, so a focal
 * point can add an officer who has not logged in yet.
 */
@Embeddable
public class Member {

  @Column(name = "organisation_code", nullable = false, length = 16)
  private String organisationCode;

  @Column(name = "username", nullable = false, length = 255)
  private String username;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "added_by", nullable = false, length = 255)
  private String addedBy;

  protected Member() {
    // for JPA
  }

  Member(String organisationCode, String username, Instant addedAt, String addedBy) {
    this.organisationCode = organisationCode;
    this.username = username;
    this.addedAt = addedAt;
    this.addedBy = addedBy;
  }

  public String organisationCode() {
    return organisationCode;
  }

  public String username() {
    return username;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public String addedBy() {
    return addedBy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Member m
        && Objects.equals(organisationCode, m.organisationCode)
        && Objects.equals(username, m.username);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organisationCode, username);
  }
}
