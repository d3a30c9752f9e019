package icc.platform.web.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A user's choice about notification mails. Without a row, mails are on. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

  /** Composite key: a user name is unique only within its organisation's realm. */
  public record Key(String organisationCode, String username) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "organisation_code", length = 16)
  private String organisationCode;

  @Id
  @Column(name = "username", length = 255)
  private String username;

  @Column(name = "email_enabled", nullable = false)
  private boolean emailEnabled;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected NotificationPreference() {}

  public NotificationPreference(String organisationCode, String username, boolean emailEnabled, Instant now) {
    this.organisationCode = Objects.requireNonNull(organisationCode, "organisationCode");
    this.username = Objects.requireNonNull(username, "username");
    change(emailEnabled, now);
  }

  public void change(boolean emailEnabled, Instant now) {
    this.emailEnabled = emailEnabled;
    this.updatedAt = now;
  }

  public boolean emailEnabled() { return emailEnabled; }
  public Instant updatedAt() { return updatedAt; }
}
