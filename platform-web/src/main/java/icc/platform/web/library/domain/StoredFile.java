package icc.platform.web.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The content of an attached file, stored once per SHA-256 in the database (every cluster node
 * serves it), with the text extracted for search. Written once; read by projection queries so
 * that listing attachments never loads the bytes.
 */
@Entity
@Table(name = "library_file")
public class StoredFile {

  /** Files larger than this are refused (stored in the database: docs/library.md). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  /** Extracted text beyond this is not indexed. */
  public static final int MAX_TEXT = 1024 * 1024;

  @Id
  @Column(name = "sha256", length = 64)
  private String sha256;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Lob
  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "extracted_text", nullable = false)
  private String extractedText;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StoredFile() {
    // for JPA
  }

  public StoredFile(String sha256, FileKind kind, byte[] content, String extractedText, Instant at) {
    this.sha256 = sha256;
    this.mediaType = kind.mediaType();
    this.size = content.length;
    this.content = content;
    this.extractedText =
        extractedText.length() > MAX_TEXT ? extractedText.substring(0, MAX_TEXT) : extractedText;
    this.createdAt = at;
  }

  public String sha256() { return sha256; }
}
