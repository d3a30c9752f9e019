package icc.platform.web.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of a request's lifecycle, signed by the acting organisation like an exchange message
 * (docs/exchange.md "Signatures"): {@link #signedBytes} binds request, action, states, actor, time
 * and reason, so a signature cannot be moved to another request or step.
 */
@Entity
@Table(name = "cooperation_transition")
public class Transition {

  public static final int REASON_MAX = 16_000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "request_id", nullable = false, length = 36)
  private String requestId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 32)
  private RequestAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, length = 32)
  private RequestStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 32)
  private RequestStatus toStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "side_state", length = 32)
  private SideState sideState;

  @Column(name = "reason", nullable = false, length = REASON_MAX)
  private String reason;

  /** V31: the expected date of a postponement, the new estimate after a missed deadline. */
  @Column(name = "new_date")
  private LocalDate newDate;

  @Column(name = "actor_org", nullable = false, length = 16)
  private String actorOrg;

  @Column(name = "actor_username", nullable = false, length = 255)
  private String actorUsername;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "signed_sha256", nullable = false, length = 32)
  private byte[] signedSha256;

  @Column(name = "signature", nullable = false)
  private byte[] signature;

  protected Transition() {
    // for JPA
  }

  static Transition of(String requestId, RequestAction action, RequestStatus from, RequestStatus to, SideState side, String reason,
      LocalDate newDate, String org, String user, Instant at) {
    Transition t = new Transition();
    t.id = UUID.randomUUID().toString();
    t.requestId = requestId;
    t.action = action;
    t.fromStatus = from;
    t.toStatus = to;
    t.sideState = side;
    t.reason = reason;
    t.newDate = newDate;
    t.actorOrg = org;
    t.actorUsername = user;
    t.at = at;
    return t;
  }

  /**
   * The canonical statement the organisation signs: UTF-8 of the lines {@code
   * icc-cooperation-transition/v1}, id, request, action, from, to, side state (or {@code -}),
   * actor organisation, actor user, time (ISO-8601 UTC), new date (or {@code -}), then the reason.
   */
  public byte[] signedBytes() {
    return String.join("\n", "icc-cooperation-transition/v1", id, requestId, action.name(), fromStatus.name(), toStatus.name(),
            sideState == null ? "-" : sideState.name(), actorOrg, actorUsername, at.toString(),
            newDate == null ? "-" : newDate.toString(), reason)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Attaches the detached CMS signature (with RFC 3161 timestamp) over {@link #signedBytes}. */
  public void sign(byte[] sha256, byte[] cms) {
    this.signedSha256 = sha256.clone();
    this.signature = cms.clone();
  }

  public boolean isSigned() {
    return signature != null;
  }

  public String id() {
    return id;
  }

  public String requestId() {
    return requestId;
  }

  public RequestAction action() {
    return action;
  }

  public RequestStatus fromStatus() {
    return fromStatus;
  }

  public RequestStatus toStatus() {
    return toStatus;
  }

  public SideState sideState() {
    return sideState;
  }

  public String reason() {
    return reason;
  }

  public LocalDate newDate() {
    return newDate;
  }

  public String actorOrg() {
    return actorOrg;
  }

  public String actorUsername() {
    return actorUsername;
  }

  public Instant at() {
    return at;
  }

  public byte[] signedSha256() {
    return signedSha256 == null ? null : signedSha256.clone();
  }

  public byte[] signature() {
    return signature == null ? null : signature.clone();
  }
}
