package icc.platform.web.library.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of {@code library_file} without the content column: Hibernate loads basic
 * columns eagerly when bytecode enhancement is off (persistence.xml), so a listing must not go
 * through {@link icc.platform.web.library.domain.StoredFile}.
 */
@Entity
@Immutable
@Table(name = "library_file")
public class StoredFileFacts {

  @Id
  @Column(name = "sha256", length = 64)
  private String sha256;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long size;

  protected StoredFileFacts() {
    // for JPA
  }
}
