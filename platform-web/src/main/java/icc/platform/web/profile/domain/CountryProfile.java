package icc.platform.web.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A State's country profile: which version is current and when a focal point last confirmed it.
 * Only that State's focal points and administrators edit it ({@link #mayEdit}); every
 * organisation reads it. Each edit adds a {@link ProfileVersion}; nothing is overwritten.
 */
@Entity
@Table(name = "country_profile")
public class CountryProfile {

  /** A profile not confirmed for this long is due for review (issue 8: "remind the State yearly"). */
  public static final Duration CONFIRMATION_INTERVAL = Duration.ofDays(365);

  /** The roles that edit their own State's profile. */
  public static final java.util.Set<String> EDITOR_ROLES = java.util.Set.of("focal-point", "state-admin");

  @Id
  @Column(name = "state_code", length = 16)
  private String stateCode;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "last_confirmed_at", nullable = false)
  private Instant lastConfirmedAt;

  @Column(name = "last_confirmed_by", nullable = false)
  private String lastConfirmedBy;

  @Column(name = "reminder_sent_at")
  private Instant reminderSentAt;

  protected CountryProfile() {
    // for JPA
  }

  public CountryProfile(String stateCode) {
    this.stateCode = stateCode;
    this.currentVersion = 0;
  }

  /** Whether someone of this organisation with these roles may edit the profile of {@code stateCode}. */
  public static boolean mayEdit(String organisationCode, java.util.Set<String> roles, String stateCode) {
    return stateCode.equals(organisationCode) && roles.stream().anyMatch(EDITOR_ROLES::contains);
  }

  /** Records a new version by {@code editor}; saving also confirms the profile as current. */
  public ProfileVersion edit(String json, Editor editor, Instant at) {
    currentVersion++;
    confirm(editor, at);
    return new ProfileVersion(stateCode, currentVersion, json, editor, at);
  }

  /** A focal point confirms that the profile is still current, without changing it. */
  public void confirm(Editor editor, Instant at) {
    this.lastConfirmedAt = at;
    this.lastConfirmedBy = editor.username();
  }

  public boolean confirmationDue(Instant now) {
    return lastConfirmedAt == null || lastConfirmedAt.plus(CONFIRMATION_INTERVAL).isBefore(now);
  }

  /**
   * Whether the State should get the yearly reminder now: the profile is due for review and no
   * reminder went out since it became due (one reminder per overdue period; confirming starts a
   * new year).
   */
  public boolean reminderDue(Instant now) {
    if (!confirmationDue(now) || lastConfirmedAt == null) {
      return false;
    }
    Instant dueSince = lastConfirmedAt.plus(CONFIRMATION_INTERVAL);
    return reminderSentAt == null || reminderSentAt.isBefore(dueSince);
  }

  /** Records that the reminder went out. */
  public void reminded(Instant at) {
    this.reminderSentAt = at;
  }

  public Instant reminderSentAt() { return reminderSentAt; }
  public String stateCode() { return stateCode; }
  public int currentVersion() { return currentVersion; }
  public Instant lastConfirmedAt() { return lastConfirmedAt; }
  public String lastConfirmedBy() { return lastConfirmedBy; }

  /** Who edits: realm and subject identify them, the user name is for people. */
  public record Editor(String realm, String subject, String username) {}
}
