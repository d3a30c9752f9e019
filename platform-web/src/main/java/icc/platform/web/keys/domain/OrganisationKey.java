package icc.platform.web.keys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One key of an organisation: its X.509 certificate from the platform CA and its private key
 * wrapped by the master key (never stored in clear). The highest generation per purpose is
 * current; older encryption keys are kept to open older documents.
 */
@Entity
@Table(name = "organisation_key")
@IdClass(OrganisationKey.Key.class)
public class OrganisationKey {

  /** What the key is for. */
  public enum Purpose {
    SIGNING,
    ENCRYPTION
  }

  @Id
  @Column(name = "organisation_code", length = 16)
  private String organisationCode;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", length = 16)
  private Purpose purpose;

  @Id
  @Column(name = "generation")
  private int generation;

  @Column(name = "certificate", nullable = false)
  private byte[] certificate;

  @Column(name = "wrapped_key", nullable = false)
  private byte[] wrappedKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OrganisationKey() {
    // for JPA
  }

  public OrganisationKey(String organisationCode, Purpose purpose, int generation, byte[] certificate, byte[] wrappedKey, Instant createdAt) {
    this.organisationCode = Objects.requireNonNull(organisationCode);
    this.purpose = Objects.requireNonNull(purpose);
    this.generation = generation;
    this.certificate = certificate.clone();
    this.wrappedKey = wrappedKey.clone();
    this.createdAt = createdAt;
  }

  /** The label bound into the wrapped key (AAD), so rows cannot be swapped. */
  public static String label(String organisationCode, Purpose purpose, int generation) {
    return "org:" + organisationCode + ":" + purpose.name().toLowerCase(java.util.Locale.ROOT) + ":" + generation;
  }

  public String label() {
    return label(organisationCode, purpose, generation);
  }

  public String organisationCode() {
    return organisationCode;
  }

  public Purpose purpose() {
    return purpose;
  }

  public int generation() {
    return generation;
  }

  public byte[] certificate() {
    return certificate.clone();
  }

  public byte[] wrappedKey() {
    return wrappedKey.clone();
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String organisationCode;
    Purpose purpose;
    int generation;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(organisationCode, k.organisationCode)
          && purpose == k.purpose
          && generation == k.generation;
    }

    @Override
    public int hashCode() {
      return Objects.hash(organisationCode, purpose, generation);
    }
  }
}
