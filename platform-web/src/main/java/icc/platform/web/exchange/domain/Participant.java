package icc.platform.web.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** An organisation taking part in a thread: when, by whom, and under which consent it was added. */
@Embeddable
public class Participant {

  @Column(name = "organisation_code", nullable = false, length = 16)
  private String organisationCode;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "added_by", nullable = false, length = 255)
  private String addedBy;

  @Column(name = "consent_id", length = ExchangeId.LENGTH)
  private String consentId;

  protected Participant() {
    // for JPA
  }

  Participant(String organisationCode, Instant addedAt, String addedBy, String consentId) {
    this.organisationCode = organisationCode;
    this.addedAt = addedAt;
    this.addedBy = addedBy;
    this.consentId = consentId;
  }

  public String organisationCode() {
    return organisationCode;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public String addedBy() {
    return addedBy;
  }

  public String consentId() {
    return consentId;
  }

  // Identity within a thread is the organisation: one row per (thread, organisation).
  @Override
  public boolean equals(Object o) {
    return o instanceof Participant p && Objects.equals(organisationCode, p.organisationCode);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(organisationCode);
  }
}
