package icc.platform.web.library.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A library entry (issue 8): a document contributed by a State or the Court, with its history of
 * versions. The aggregate keeps the moderation rules: one pending version at a time; a version
 * is published only by a reviewer's approval; the published version is the latest approved one;
 * earlier versions stay readable (journey 5: "the old version stays retrievable").
 */
@Entity
@BatchSize(size = 100) // the entries of a page of search hits in one query
@Table(name = "library_entry")
public class LibraryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "owner_organisation", nullable = false, length = 16)
  private String owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "current_version_id")
  private EntryVersion current;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<EntryVersion> versions = new ArrayList<>();

  protected LibraryEntry() {
    // for JPA
  }

  private LibraryEntry(String owner, Instant at) {
    this.owner = owner;
    this.createdAt = at;
  }

  /** A new entry whose version 1 awaits moderation. */
  public static LibraryEntry contribute(Reader by, EntryContent content, Instant at) {
    if (!by.contributor()) {
      throw new LibraryException.Forbidden("Your role does not allow contributing to the library");
    }
    LibraryEntry entry = new LibraryEntry(by.organisationCode(), at);
    entry.versions.add(new EntryVersion(entry, 1, content, by.person(), null, at));
    return entry;
  }

  /**
   * Proposes a new version; it awaits moderation, and the published one stays visible meanwhile.
   * The files of the latest version are carried forward unless {@code keepFiles} is false.
   */
  public EntryVersion propose(Reader by, EntryContent content, String changeNote, boolean keepFiles,
      Instant at) {
    if (!by.mayEdit(owner)) {
      throw new LibraryException.Forbidden(
          "Only contributors of the organisation that owns an entry propose new versions of it");
    }
    if (pending().isPresent()) {
      throw new LibraryException.Conflict(
          "Version " + pending().get().number() + " is still awaiting moderation");
    }
    EntryVersion latest = latest();
    EntryVersion version = new EntryVersion(this, latest.number() + 1, content, by.person(), changeNote, at);
    if (keepFiles) {
      latest.attachments().forEach(a -> version.attach(a.fileName(), a.sha256(), at));
    }
    versions.add(version);
    return version;
  }

  /** A reviewer approves a pending version, which becomes the published one. */
  public EntryVersion approve(Reader reviewer, int number, String note, Instant at) {
    EntryVersion version = pendingForDecision(reviewer, number);
    version.approve(reviewer.person(), note, at);
    if (current == null || current.number() < version.number()) {
      current = version;
    }
    return version;
  }

  /** A reviewer rejects a pending version, with a reason; the published one is unchanged. */
  public EntryVersion reject(Reader reviewer, int number, String reason, Instant at) {
    EntryVersion version = pendingForDecision(reviewer, number);
    version.reject(reviewer.person(), reason, at);
    return version;
  }

  /** The contributor of a pending version withdraws it (see {@link EntryVersion#withdraw}). */
  public EntryVersion withdraw(Reader by, int number, Instant at) {
    if (!by.mayEdit(owner)) {
      throw new LibraryException.Forbidden("Only the person who submitted a version withdraws it");
    }
    EntryVersion version = version(number).orElseThrow(() -> new LibraryException.NotFound("No version " + number + " of this entry"));
    version.withdraw(by.person(), at);
    return version;
  }

  private EntryVersion pendingForDecision(Reader reviewer, int number) {
    if (!reviewer.reviewer()) {
      throw new LibraryException.Forbidden("Only library reviewers approve or reject contributions");
    }
    return version(number).orElseThrow(() -> new LibraryException.NotFound("No version " + number + " of this entry"));
  }

  /** Whether the reader may know this entry exists: a published version they may see, or drafts of theirs. */
  public boolean visibleTo(Reader reader) {
    return publishedFor(reader).isPresent() || reader.maySeeUnpublished(owner);
  }

  /** The published version if the reader may see it. */
  public Optional<EntryVersion> publishedFor(Reader reader) {
    return Optional.ofNullable(current).filter(v -> reader.maySeePublished(v.visibility(), owner));
  }

  /**
   * The versions the reader may see, oldest first: every approved version up to the published
   * one whose visibility allows it, plus pending and rejected ones for the owner and reviewers.
   */
  public List<EntryVersion> versionsFor(Reader reader) {
    boolean drafts = reader.maySeeUnpublished(owner);
    return versions.stream()
        .filter(v -> v.status() == ModerationStatus.APPROVED
            ? drafts || reader.maySeePublished(v.visibility(), owner)
            : drafts)
        .toList();
  }

  /** One version if the reader may see it; otherwise it "is not there". */
  public EntryVersion versionFor(Reader reader, int number) {
    return versionsFor(reader).stream()
        .filter(v -> v.number() == number)
        .findFirst()
        .orElseThrow(() -> new LibraryException.NotFound("No version " + number + " of this entry"));
  }

  public Optional<EntryVersion> pending() {
    return versions.stream().filter(v -> v.status() == ModerationStatus.PENDING).findFirst();
  }

  public Optional<EntryVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  public EntryVersion latest() {
    return versions.get(versions.size() - 1);
  }

  public Long id() { return id; }
  public String owner() { return owner; }
  public Optional<EntryVersion> current() { return Optional.ofNullable(current); }
  public Instant createdAt() { return createdAt; }
  public List<EntryVersion> versions() { return Collections.unmodifiableList(versions); }
}
