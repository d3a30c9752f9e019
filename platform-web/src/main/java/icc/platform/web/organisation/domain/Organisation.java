package icc.platform.web.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An organisation registered on the platform, with the one Keycloak realm whose tokens it
 * trusts. The {@link #issuer()} is compared byte for byte with the {@code iss} claim of every
 * token: it is never derived from the token itself (DESIGN.md section 3).
 */
@Entity
@Table(name = "organisation")
public class Organisation {

  public static final int NAME_MAX = 200;
  public static final int REALM_MAX = 64;
  public static final int ISSUER_MAX = 512;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = OrganisationCode.MAX_LENGTH)
  private String code;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private OrganisationKind kind;

  @Column(name = "party_to_statute")
  private Boolean partyToStatute;

  @Column(name = "realm", nullable = false, unique = true, length = REALM_MAX)
  private String realm;

  @Column(name = "issuer", nullable = false, unique = true, length = ISSUER_MAX)
  private String issuer;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private OrganisationStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Organisation() {
    // for JPA
  }

  public Organisation(
      OrganisationCode code,
      String name,
      OrganisationKind kind,
      Boolean partyToStatute,
      String realm,
      String issuer) {
    this.code = Objects.requireNonNull(code).value();
    this.name = requireText(name, "name", NAME_MAX);
    this.kind = Objects.requireNonNull(kind);
    this.partyToStatute = kind == OrganisationKind.STATE ? partyToStatute : null;
    this.realm = requireText(realm, "realm", REALM_MAX);
    this.issuer = requireText(issuer, "issuer", ISSUER_MAX);
    this.status = OrganisationStatus.ACTIVE;
    this.createdAt = Instant.now();
  }

  private static String requireText(String value, String field, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(field + " must be 1 to " + max + " characters");
    }
    return value;
  }

  /**
   * Points the registry entry at the realm's issuer as the identity provider now publishes it
   * (e.g. after Keycloak moved to another host name). Only the operators' bootstrap calls this.
   */
  public void reissue(String newIssuer) {
    this.issuer = requireText(newIssuer, "issuer", ISSUER_MAX);
  }

  /**
   * Refuses, from now on, every request of this organisation's users and systems; its data is
   * kept untouched (DESIGN.md section 2).
   */
  public void suspend() {
    if (kind == OrganisationKind.PLATFORM_OPERATOR) {
      throw new IllegalStateException("The platform operators cannot suspend their own organisation");
    }
    this.status = OrganisationStatus.SUSPENDED;
  }

  /** Gives a suspended organisation its access back. */
  public void reinstate() {
    this.status = OrganisationStatus.ACTIVE;
  }

  public boolean isActive() {
    return status == OrganisationStatus.ACTIVE;
  }

  public Long id() {
    return id;
  }

  public OrganisationCode code() {
    return new OrganisationCode(code);
  }

  public String name() {
    return name;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public Boolean partyToStatute() {
    return partyToStatute;
  }

  public String realm() {
    return realm;
  }

  public String issuer() {
    return issuer;
  }

  public OrganisationStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
