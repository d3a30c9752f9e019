package icc.platform.web.library.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One version of a library entry: a full snapshot of its content and files, written once when
 * submitted. Only the moderation decision changes afterwards, once ({@link ModerationStatus}).
 */
@Entity
@BatchSize(size = 100) // published versions of a page of entries, or of the index rebuild, in one query
@Table(name = "library_entry_version")
public class EntryVersion {

  public static final int NOTE_MAX = 1000;
  public static final int MAX_ATTACHMENTS = 10;
  /** Cap of the indexed text (summaries in other languages and text of the files). */
  public static final int SEARCH_TEXT_MAX = 4_000_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "entry_id", nullable = false)
  private LibraryEntry entry;

  @Column(name = "version_no", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ModerationStatus status;

  @Column(name = "title", nullable = false, length = EntryContent.TITLE_MAX)
  private String title;

  @Column(name = "summary", nullable = false, length = EntryContent.SUMMARY_MAX)
  private String summary;

  @ElementCollection
  @BatchSize(size = 100) // a page of search hits loads each collection in one query, not one per hit
  @CollectionTable(name = "library_version_summary", joinColumns = @JoinColumn(name = "version_id"))
  @MapKeyColumn(name = "language", length = EntryContent.LANGUAGE_MAX)
  @Column(name = "summary", nullable = false, length = EntryContent.SUMMARY_MAX)
  private Map<String, String> otherSummaries = new TreeMap<>();

  @ElementCollection
  @BatchSize(size = 100) // a page of search hits loads each collection in one query, not one per hit
  @CollectionTable(name = "library_version_jurisdiction", joinColumns = @JoinColumn(name = "version_id"))
  @Column(name = "jurisdiction", nullable = false, length = EntryContent.JURISDICTION_MAX)
  private Set<String> jurisdictions = new LinkedHashSet<>();

  @ElementCollection
  @BatchSize(size = 100) // a page of search hits loads each collection in one query, not one per hit
  @CollectionTable(name = "library_version_topic", joinColumns = @JoinColumn(name = "version_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "topic", nullable = false, length = 40)
  private Set<Topic> topics = new LinkedHashSet<>();

  @ElementCollection
  @BatchSize(size = 100) // a page of search hits loads each collection in one query, not one per hit
  @CollectionTable(name = "library_version_language", joinColumns = @JoinColumn(name = "version_id"))
  @Column(name = "language", nullable = false, length = EntryContent.LANGUAGE_MAX)
  private Set<String> languages = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false, length = 32)
  private DocumentType type;

  @Column(name = "source", length = EntryContent.SOURCE_MAX)
  private String source;

  @Column(name = "document_date")
  private LocalDate documentDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "visibility", nullable = false, length = 20)
  private Visibility visibility;

  @Column(name = "search_text", nullable = false)
  private String searchText;

  @Column(name = "contributor_org", nullable = false, length = 16)
  private String contributorOrganisation;

  @Column(name = "contributor_realm", nullable = false, length = 64)
  private String contributorRealm;

  @Column(name = "contributor_subject", nullable = false)
  private String contributorSubject;

  @Column(name = "contributor_name", nullable = false)
  private String contributorName;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "change_note", length = NOTE_MAX)
  private String changeNote;

  @Column(name = "reviewer_realm", length = 64)
  private String reviewerRealm;

  @Column(name = "reviewer_subject")
  private String reviewerSubject;

  @Column(name = "reviewer_name")
  private String reviewerName;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_note", length = NOTE_MAX)
  private String reviewNote;

  @OneToMany(mappedBy = "version", cascade = jakarta.persistence.CascadeType.ALL)
  @BatchSize(size = 100)
  @OrderBy("id")
  private List<Attachment> attachments = new ArrayList<>();

  protected EntryVersion() {
    // for JPA
  }

  EntryVersion(LibraryEntry entry, int number, EntryContent content, Person contributor,
      String changeNote, Instant at) {
    this.entry = entry;
    this.number = number;
    this.status = ModerationStatus.PENDING;
    this.title = content.title();
    this.summary = content.summary();
    this.otherSummaries.putAll(content.otherSummaries());
    this.jurisdictions.addAll(content.jurisdictions());
    this.topics.addAll(content.topics());
    this.languages.addAll(content.languages());
    this.type = content.type();
    this.source = content.source();
    this.documentDate = content.documentDate();
    this.visibility = content.visibility();
    this.contributorOrganisation = contributor.organisationCode();
    this.contributorRealm = contributor.realm();
    this.contributorSubject = contributor.subject();
    this.contributorName = contributor.username();
    this.submittedAt = at;
    this.changeNote = note("changeNote", changeNote, false);
    this.searchText = "";
    refreshSearchText(List.of());
  }

  // Accessors return copies: views built from them must not hold lazy collections past the
  // transaction.

  /** Approves this pending version (the entry publishes it). */
  void approve(Person reviewer, String note, Instant at) {
    decide(ModerationStatus.APPROVED, reviewer, note("note", note, false), at);
  }

  /** Rejects this pending version; the reason is mandatory and shown to the contributor. */
  void reject(Person reviewer, String reason, Instant at) {
    decide(ModerationStatus.REJECTED, reviewer, note("reason", reason, true), at);
  }

  /**
   * Its contributor takes this pending version back before a reviewer decided: it stays in the
   * history (versions are never deleted) but is no longer in the moderation queue, and the entry
   * can take a new version. Only the person who submitted it, not their colleagues: a colleague
   * proposes a new version after it is decided or withdrawn.
   */
  void withdraw(Person by, Instant at) {
    if (status != ModerationStatus.PENDING) {
      throw new LibraryException.Conflict(
          "Version " + number + " was already " + status.name().toLowerCase() + "; only a pending version can be withdrawn");
    }
    if (!by.samePersonAs(contributor())) {
      throw new LibraryException.Forbidden("Only the person who submitted a version withdraws it");
    }
    this.status = ModerationStatus.WITHDRAWN;
    this.reviewedAt = at;
  }

  private void decide(ModerationStatus decision, Person reviewer, String note, Instant at) {
    if (status != ModerationStatus.PENDING) {
      throw new LibraryException.Conflict(
          "Version " + number + " was already " + status.name().toLowerCase() + "; only a pending version can be decided");
    }
    if (reviewer.samePersonAs(contributor())) {
      throw new LibraryException.Forbidden("A reviewer cannot decide on a version they submitted themselves");
    }
    this.status = decision;
    this.reviewerRealm = reviewer.realm();
    this.reviewerSubject = reviewer.subject();
    this.reviewerName = reviewer.username();
    this.reviewedAt = at;
    this.reviewNote = note;
  }

  /** Attaches a file; only while the version is pending, i.e. before anyone relied on it. */
  public Attachment attach(String fileName, String sha256, Instant at) {
    if (status != ModerationStatus.PENDING) {
      throw new LibraryException.Conflict(
          "Files can only be attached to a pending version; propose a new version instead");
    }
    if (attachments.size() >= MAX_ATTACHMENTS) {
      throw new LibraryException.InvalidInput("file", "a version carries at most " + MAX_ATTACHMENTS + " files");
    }
    Attachment attachment = new Attachment(this, FileName.clean(fileName), sha256, at);
    attachments.add(attachment);
    return attachment;
  }

  /**
   * Recomputes the indexed text from the summaries in other languages and the given text of the
   * version's files, in attachment order.
   */
  public void refreshSearchText(List<String> fileTexts) {
    StringBuilder text = new StringBuilder();
    otherSummaries.values().forEach(s -> text.append(s).append('\n'));
    for (String t : fileTexts) {
      if (text.length() >= SEARCH_TEXT_MAX) {
        break;
      }
      text.append(t).append('\n');
    }
    this.searchText = text.length() > SEARCH_TEXT_MAX ? text.substring(0, SEARCH_TEXT_MAX) : text.toString();
  }

  private static String note(String field, String value, boolean required) {
    String trimmed = value == null ? null : value.strip();
    if (trimmed == null || trimmed.isEmpty()) {
      if (required) {
        throw new LibraryException.InvalidInput(field, field + " is required");
      }
      return null;
    }
    if (trimmed.length() > NOTE_MAX) {
      throw new LibraryException.InvalidInput(field, field + " is longer than " + NOTE_MAX + " characters");
    }
    return trimmed;
  }

  public EntryContent content() {
    return new EntryContent(title, summary, otherSummaries, jurisdictions, topics, type, languages,
        source, documentDate, visibility);
  }

  public Person contributor() {
    return new Person(contributorOrganisation, contributorRealm, contributorSubject, contributorName);
  }

  public Long id() { return id; }
  public LibraryEntry entry() { return entry; }
  public int number() { return number; }
  public ModerationStatus status() { return status; }
  public String title() { return title; }
  public String summary() { return summary; }
  public Map<String, String> otherSummaries() { return Collections.unmodifiableMap(new TreeMap<>(otherSummaries)); }
  public Set<String> jurisdictions() { return Collections.unmodifiableSet(new LinkedHashSet<>(jurisdictions)); }
  public Set<Topic> topics() { return Collections.unmodifiableSet(new LinkedHashSet<>(topics)); }
  public Set<String> languages() { return Collections.unmodifiableSet(new LinkedHashSet<>(languages)); }
  public DocumentType type() { return type; }
  public String source() { return source; }
  public LocalDate documentDate() { return documentDate; }
  public Visibility visibility() { return visibility; }
  public String searchText() { return searchText; }
  public Instant submittedAt() { return submittedAt; }
  public String changeNote() { return changeNote; }
  public String reviewerName() { return reviewerName; }
  public Instant reviewedAt() { return reviewedAt; }
  public String reviewNote() { return reviewNote; }
  public List<Attachment> attachments() { return Collections.unmodifiableList(attachments); }
}
