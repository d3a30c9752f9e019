package icc.platform.web.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file carried by a version: a name and the hash of its content in {@link StoredFile}. */
@Entity
@Table(name = "library_attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false)
  private EntryVersion version;

  @Column(name = "file_name", nullable = false, length = FileName.MAX)
  private String fileName;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected Attachment() {
    // for JPA
  }

  Attachment(EntryVersion version, String fileName, String sha256, Instant addedAt) {
    this.version = version;
    this.fileName = fileName;
    this.sha256 = sha256;
    this.addedAt = addedAt;
  }

  public Long id() { return id; }
  public EntryVersion version() { return version; }
  public String fileName() { return fileName; }
  public String sha256() { return sha256; }
  public Instant addedAt() { return addedAt; }
}
