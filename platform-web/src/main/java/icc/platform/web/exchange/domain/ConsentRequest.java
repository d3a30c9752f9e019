package icc.platform.web.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A request for the originator's consent to pass a thread's H2 material on to one more
 * organisation (issue 6: "a consent request/answer flow inside the thread"). A participant's
 * focal point asks; a focal point of the originator organisation answers once, yes or no; a
 * granted consent then lets any participant add that organisation or forward documents to it.
 */
@Entity
@Table(name = "exchange_consent")
public class ConsentRequest {

  public static final int REASON_MAX = 1000;

  /** Where a request stands. */
  public enum Status {
    PENDING,
    GRANTED,
    REFUSED
  }

  @Id
  @Column(name = "id", length = ExchangeId.LENGTH)
  private String id;

  @Column(name = "thread_id", nullable = false, length = ExchangeId.LENGTH)
  private String threadId;

  @Column(name = "organisation_code", nullable = false, length = 16)
  private String organisationCode;

  @Column(name = "reason", nullable = false, length = REASON_MAX)
  private String reason;

  @Column(name = "requested_by_org", nullable = false, length = 16)
  private String requestedByOrg;

  @Column(name = "requested_by", nullable = false, length = 255)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "answered_by", length = 255)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected ConsentRequest() {
    // for JPA
  }

  /** Asks the originator of {@code thread} to consent to passing its material on to {@code organisationCode}. */
  public static ConsentRequest ask(Viewer by, ExchangeThread thread, String organisationCode, String reason, Instant now) {
    ThreadAccess.require(by, thread, ThreadAccess.Level.MANAGE);
    if (!thread.handlingCode().requiresConsentToPassOn()) {
      throw new ExchangeException.Conflict(
          "consent_not_needed", "This thread is under handling code " + thread.handlingCode() + ": passing it on needs no consent request");
    }
    if (thread.isOriginator(by.organisationCode())) {
      throw new ExchangeException.Conflict(
          "consent_not_needed", "Your organisation is the originator: it may add organisations without asking itself");
    }
    if (thread.hasParticipant(organisationCode)) {
      throw new ExchangeException.Conflict("already_participant", organisationCode + " already takes part in this thread");
    }
    ConsentRequest c = new ConsentRequest();
    c.id = ExchangeId.random().value();
    c.threadId = thread.id().value();
    c.organisationCode = organisationCode;
    c.reason = Texts.required("reason", reason, REASON_MAX);
    c.requestedByOrg = by.organisationCode();
    c.requestedBy = by.username();
    c.requestedAt = now;
    c.status = Status.PENDING;
    return c;
  }

  /** The originator organisation's focal point answers; once only. */
  public void answer(Viewer by, ExchangeThread thread, boolean granted, Instant now) {
    ThreadAccess.require(by, thread, ThreadAccess.Level.MANAGE);
    if (!thread.id().value().equals(threadId)) {
      throw new ExchangeException.NotFound("consent request");
    }
    if (!thread.isOriginator(by.organisationCode())) {
      throw new ExchangeException.Forbidden(
          "Only the originator organisation (" + thread.originatorOrg() + ") may answer a consent request");
    }
    if (status != Status.PENDING) {
      throw new ExchangeException.Conflict(
          "already_answered", "This consent request was already answered (" + status + ")");
    }
    status = granted ? Status.GRANTED : Status.REFUSED;
    answeredBy = by.username();
    answeredAt = now;
  }

  /** Whether this consent lets material of {@code sourceThreadId} reach {@code targetOrg}. */
  public boolean allows(String sourceThreadId, String targetOrg) {
    return status == Status.GRANTED && threadId.equals(sourceThreadId) && organisationCode.equals(targetOrg);
  }

  public ExchangeId id() {
    return new ExchangeId(id);
  }

  public String threadId() {
    return threadId;
  }

  public String organisationCode() {
    return organisationCode;
  }

  public String reason() {
    return reason;
  }

  public String requestedByOrg() {
    return requestedByOrg;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Status status() {
    return status;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
