package icc.platform.web.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The reasons and new estimate a requested State gives after missing a deadline (kept, never replaced). */
@Entity
@Table(name = "cooperation_deadline_explanation")
public class DeadlineExplanation {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "request_id", nullable = false, length = 36)
  private String requestId;

  @Column(name = "reason", nullable = false, length = Transition.REASON_MAX)
  private String reason;

  @Column(name = "new_estimate", nullable = false)
  private LocalDate newEstimate;

  @Column(name = "recorded_org", nullable = false, length = 16)
  private String recordedOrg;

  @Column(name = "recorded_by", nullable = false, length = 255)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DeadlineExplanation() {
    // for JPA
  }

  static DeadlineExplanation of(String requestId, String reason, LocalDate newEstimate, String org, String user, Instant now) {
    DeadlineExplanation d = new DeadlineExplanation();
    d.id = UUID.randomUUID().toString();
    d.requestId = requestId;
    d.reason = reason;
    d.newEstimate = newEstimate;
    d.recordedOrg = org;
    d.recordedBy = user;
    d.recordedAt = now;
    return d;
  }

  public String id() {
    return id;
  }

  public String reason() {
    return reason;
  }

  public LocalDate newEstimate() {
    return newEstimate;
  }

  public String recordedOrg() {
    return recordedOrg;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
