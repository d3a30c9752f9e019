package icc.platform.web.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One notification in the outbox: for one user, or for every holder of a role, of one
 * organisation. Written in the transaction of the action that caused it; the delivery worker
 * resolves the addresses when it sends (so a mail goes to the accounts and preferences of that
 * moment, and no transaction waits for Keycloak or SMTP).
 */
@Entity
@Table(name = "notification_outbox")
public class PendingNotification {

  /** After this many failed attempts the notification is given up (status FAILED). */
  public static final int MAX_ATTEMPTS = 12;

  public enum Status { PENDING, SENT, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_code", nullable = false, length = 16)
  private String organisationCode;

  @Column(name = "username", length = 255)
  private String username;

  @Column(name = "role", length = 32)
  private String role;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, length = 32)
  private NotificationReason reason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "recipients")
  private Integer recipients;

  @Column(name = "last_error", length = 500)
  private String lastError;

  protected PendingNotification() {}

  private PendingNotification(String organisationCode, String username, String role, NotificationReason reason, Instant now) {
    this.organisationCode = Objects.requireNonNull(organisationCode, "organisationCode");
    this.username = username;
    this.role = role;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.createdAt = now;
    this.status = Status.PENDING;
    this.nextAttemptAt = now;
  }

  /** For one user of an organisation. */
  public static PendingNotification forUser(String organisationCode, String username, NotificationReason reason, Instant now) {
    return new PendingNotification(organisationCode, Objects.requireNonNull(username, "username"), null, reason, now);
  }

  /** For every holder of a role in an organisation. */
  public static PendingNotification forRole(String organisationCode, String role, NotificationReason reason, Instant now) {
    return new PendingNotification(organisationCode, null, Objects.requireNonNull(role, "role"), reason, now);
  }

  /** It was mailed to this many addresses (zero when nobody wants or can get it). */
  public void sent(int addresses, Instant now) {
    status = Status.SENT;
    attempts++;
    sentAt = now;
    recipients = addresses;
    lastError = null;
  }

  /**
   * Sending failed (SMTP or Keycloak unreachable): try again later, backing off from 30 seconds
   * to about half an hour, then give up so that a dead address does not retry for ever.
   */
  public void failed(String error, Instant now) {
    attempts++;
    lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = now.plus(Duration.ofSeconds(30L << Math.min(attempts - 1, 6)));
    }
  }

  public Long id() { return id; }
  public String organisationCode() { return organisationCode; }
  public Optional<String> username() { return Optional.ofNullable(username); }
  public Optional<String> role() { return Optional.ofNullable(role); }
  public NotificationReason reason() { return reason; }
  public Status status() { return status; }
  public int attempts() { return attempts; }
  public Instant nextAttemptAt() { return nextAttemptAt; }
  public Optional<Integer> recipients() { return Optional.ofNullable(recipients); }
}
