package icc.platform.web.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A structured reason a request or one of its assets was not (fully) executed (ICC-ASP/18/Res.3 para 36). */
@Entity
@Table(name = "cooperation_challenge")
public class Challenge {

  public static final int DETAILS_MAX = 16_000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "request_id", nullable = false, length = 36)
  private String requestId;

  @Column(name = "asset_id", length = 36)
  private String assetId;

  @Enumerated(EnumType.STRING)
  @Column(name = "code", nullable = false, length = 32)
  private ChallengeCode code;

  @Column(name = "details", nullable = false, length = DETAILS_MAX)
  private String details;

  @Column(name = "transition_id", length = 36)
  private String transitionId;

  @Column(name = "recorded_org", nullable = false, length = 16)
  private String recordedOrg;

  @Column(name = "recorded_by", nullable = false, length = 255)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Challenge() {
    // for JPA
  }

  static Challenge of(String requestId, ChallengeInput in, String transitionId, String org, String user, Instant now) {
    Challenge c = new Challenge();
    c.id = UUID.randomUUID().toString();
    c.requestId = requestId;
    c.assetId = in.assetId();
    c.code = in.code();
    c.details = in.details();
    c.transitionId = transitionId;
    c.recordedOrg = org;
    c.recordedBy = user;
    c.recordedAt = now;
    return c;
  }

  public String id() {
    return id;
  }

  public String requestId() {
    return requestId;
  }

  public String assetId() {
    return assetId;
  }

  public ChallengeCode code() {
    return code;
  }

  public String details() {
    return details;
  }

  public String transitionId() {
    return transitionId;
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
