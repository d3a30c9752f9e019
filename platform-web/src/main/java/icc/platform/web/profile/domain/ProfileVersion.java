package icc.platform.web.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One version of a country profile: its content as JSON, who saved it and when. Never changed. */
@Entity
@Table(name = "country_profile_version")
public class ProfileVersion {

  @EmbeddedId private Key key;

  @Column(name = "content", nullable = false)
  private String content;

  @Column(name = "editor_realm", nullable = false, length = 64)
  private String editorRealm;

  @Column(name = "editor_subject", nullable = false)
  private String editorSubject;

  @Column(name = "editor_name", nullable = false)
  private String editorName;

  @Column(name = "edited_at", nullable = false)
  private Instant editedAt;

  protected ProfileVersion() {
    // for JPA
  }

  ProfileVersion(String stateCode, int number, String content, CountryProfile.Editor editor, Instant at) {
    this.key = new Key(stateCode, number);
    this.content = content;
    this.editorRealm = editor.realm();
    this.editorSubject = editor.subject();
    this.editorName = editor.username();
    this.editedAt = at;
  }

  public String stateCode() { return key.stateCode; }
  public int number() { return key.number; }
  public String content() { return content; }
  public String editorName() { return editorName; }
  public Instant editedAt() { return editedAt; }

  /** (State, version number). */
  @Embeddable
  public static class Key implements Serializable {
    @Column(name = "state_code", length = 16)
    private String stateCode;

    @Column(name = "version_no")
    private int number;

    protected Key() {}

    public Key(String stateCode, int number) {
      this.stateCode = stateCode;
      this.number = number;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.number == number && Objects.equals(k.stateCode, stateCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(stateCode, number);
    }
  }
}
