package icc.platform.web.library.application;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.library.domain.Attachment;
import icc.platform.web.library.domain.EntryContent;
import icc.platform.web.library.domain.EntryVersion;
import icc.platform.web.library.domain.FileKind;
import icc.platform.web.library.domain.FileSniffer;
import icc.platform.web.library.domain.LibraryEntry;
import icc.platform.web.library.domain.LibraryException;
import icc.platform.web.library.domain.LibraryRepository;
import icc.platform.web.library.domain.LibrarySearch;
import icc.platform.web.library.domain.ModerationStatus;
import icc.platform.web.library.domain.Person;
import icc.platform.web.library.domain.Reader;
import icc.platform.web.library.domain.SearchIndex;
import icc.platform.web.library.domain.SearchQuery;
import icc.platform.web.library.domain.SearchTerms;
import icc.platform.web.library.domain.VersionListing;
import icc.platform.web.library.domain.StoredFile;
import icc.platform.web.library.domain.TextExtractor;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library's use cases. Each runs in one transaction and records its audit event in it
 * (DESIGN.md section 5), so an entry, a version or a decision never exists without its event.
 * Anything the caller may not see answers "not found", whatever the reason.
 */
@ApplicationScoped
@Transactional
public class LibraryService {

  /** The Court's organisation code in the registry. */
  public static final String COURT = "COURT";

  /** Roles that contribute: a State's focal point, the Court's requesters and administrators. */
  static final List<String> CONTRIBUTOR_ROLES =
      List.of(PlatformRole.FOCAL_POINT_NAME, PlatformRole.COURT_REQUESTER_NAME, PlatformRole.COURT_ADMIN_NAME);

  @Inject LibraryRepository repository;
  @Inject LibrarySearch librarySearch;
  @Inject TextExtractor extractor;
  @Inject AuditTrail trail;
  @Inject SearchIndex searchIndex;

  /** What the caller's roles let them do in the library. */
  public static Reader readerOf(Caller caller) {
    return new Reader(
        new Person(caller.organisationCode(), caller.realm(), caller.subject(), caller.username()),
        COURT.equals(caller.organisationCode()),
        CONTRIBUTOR_ROLES.stream().anyMatch(caller::hasRole),
        caller.hasRole(PlatformRole.LIBRARY_REVIEWER_NAME));
  }

  public LibraryViews.Entry contribute(Caller caller, EntryContent content, String from) {
    Reader reader = readerOf(caller);
    Instant now = Instant.now();
    LibraryEntry entry = LibraryEntry.contribute(reader, content, now);
    repository.add(entry);
    EntryVersion version = entry.latest();
    record(caller, AuditAction.LIBRARY_ENTRY_CONTRIBUTE, version, from, Map.of("visibility", content.visibility().name()));
    return entryView(entry, reader);
  }

  public LibraryViews.Entry propose(
      Caller caller, long id, EntryContent content, String changeNote, boolean keepFiles, String from) {
    Reader reader = readerOf(caller);
    LibraryEntry entry = visibleForUpdate(reader, id);
    EntryVersion version = entry.propose(reader, content, changeNote, keepFiles, Instant.now());
    repository.add(entry); // flushes the new version so that it has an id for the event
    refreshSearchText(version);
    record(caller, AuditAction.LIBRARY_VERSION_PROPOSE, version, from,
        Map.of("visibility", content.visibility().name(), "files", String.valueOf(version.attachments().size())));
    return entryView(entry, reader);
  }

  public LibraryViews.Entry entry(Caller caller, long id) {
    Reader reader = readerOf(caller);
    return entryView(visible(reader, id), reader);
  }

  public LibraryViews.Version version(Caller caller, long id, int number) {
    Reader reader = readerOf(caller);
    return versionView(visible(reader, id).versionFor(reader, number));
  }

  /**
   * Attaches a file to a pending version. Its type is found from its bytes and must agree with
   * its name; its text is extracted for search. A bad file changes nothing.
   */
  public LibraryViews.Attachment attach(
      Caller caller, long id, int number, String fileName, byte[] content, String from) {
    Reader reader = readerOf(caller);
    LibraryEntry entry = visibleForUpdate(reader, id);
    EntryVersion version = entry.versionFor(reader, number);
    if (!reader.mayEdit(entry.owner())) {
      throw new LibraryException.Forbidden("Only contributors of the organisation that owns an entry attach files to it");
    }
    if (version.status() != ModerationStatus.PENDING) {
      throw new LibraryException.Conflict("Files can only be attached to a pending version; propose a new version instead");
    }
    FileKind kind = FileSniffer.sniff(fileName, content);
    String text = extractor.extract(kind, content);
    String sha256 = sha256(content);
    Instant now = Instant.now();
    repository.storeFile(new StoredFile(sha256, kind, content, text, now));
    Attachment attachment = version.attach(fileName, sha256, now);
    repository.add(entry);
    refreshSearchText(version);
    trail.record(
        AuditEvent.of(AuditAction.LIBRARY_ATTACHMENT_ADD, AuditOutcome.SUCCESS, Actor.of(caller))
            .about(object(version))
            .document("sha256:" + sha256)
            .from(from)
            .detail("attachment", attachment.id())
            .detail("mediaType", kind.mediaType())
            .detail("size", content.length)
            .build());
    return new LibraryViews.Attachment(attachment.id(), attachment.fileName(), kind.mediaType(), content.length, sha256);
  }

  /** A file of a version the caller may see; the download is audited (an access to content). */
  public LibraryViews.Download download(Caller caller, long id, int number, long attachmentId, String from) {
    return download(readerOf(caller), Actor.of(caller), id, number, attachmentId, from);
  }

  private LibraryViews.Download download(Reader reader, Actor actor, long id, int number, long attachmentId, String from) {
    EntryVersion version = visible(reader, id).versionFor(reader, number);
    Attachment attachment =
        version.attachments().stream()
            .filter(a -> a.id() == attachmentId)
            .findFirst()
            .orElseThrow(() -> new LibraryException.NotFound("No such file in this version"));
    var facts = repository.fileFacts(List.of(attachment.sha256())).get(attachment.sha256());
    byte[] content = repository.fileContent(attachment.sha256())
        .orElseThrow(() -> new LibraryException.NotFound("No such file in this version"));
    trail.record(
        AuditEvent.of(AuditAction.LIBRARY_ATTACHMENT_DOWNLOAD, AuditOutcome.SUCCESS, actor)
            .about(object(version))
            .document("sha256:" + attachment.sha256())
            .from(from)
            .detail("attachment", attachment.id())
            .build());
    return new LibraryViews.Download(attachment.fileName(), facts.mediaType(), attachment.sha256(), content);
  }

  public LibraryViews.Version approve(Caller caller, long id, int number, String note, String from) {
    Reader reader = readerOf(caller);
    LibraryEntry entry = visibleForUpdate(reader, id);
    EntryVersion version = entry.approve(reader, number, note, Instant.now());
    record(caller, AuditAction.LIBRARY_VERSION_APPROVE, version, from, Map.of());
    return versionView(version);
  }

  public LibraryViews.Version reject(Caller caller, long id, int number, String reason, String from) {
    Reader reader = readerOf(caller);
    LibraryEntry entry = visibleForUpdate(reader, id);
    EntryVersion version = entry.reject(reader, number, reason, Instant.now());
    // The reason is the reviewer's words about content: kept with the version, not in the log.
    record(caller, AuditAction.LIBRARY_VERSION_REJECT, version, from, Map.of());
    return versionView(version);
  }

  /** The contributor of a pending version takes it back; audited like a decision. */
  public LibraryViews.Version withdraw(Caller caller, long id, int number, String from) {
    Reader reader = readerOf(caller);
    LibraryEntry entry = visibleForUpdate(reader, id);
    EntryVersion version = entry.withdraw(reader, number, Instant.now());
    record(caller, AuditAction.LIBRARY_VERSION_WITHDRAW, version, from, Map.of());
    return versionView(version);
  }

  public List<LibraryViews.QueueItem> moderationQueue(Caller caller) {
    Reader reader = readerOf(caller);
    if (!reader.reviewer()) {
      throw new LibraryException.Forbidden("Only library reviewers see the moderation queue");
    }
    return repository.pendingVersions(200).stream()
        .map(v -> new LibraryViews.QueueItem(
            v.entry().id(), v.number(), v.title(), v.contributor().organisationCode(),
            v.contributor().username(), v.submittedAt(),
            v.entry().current().map(EntryVersion::number).orElse(null), v.attachments().size()))
        .toList();
  }

  /** The entries of the caller's organisation, drafts included, newest first. */
  public List<LibraryViews.VersionSummary> ownContributions(Caller caller) {
    Reader reader = readerOf(caller);
    if (!reader.contributor()) {
      return List.of();
    }
    return repository.entriesOwnedBy(reader.organisationCode(), 200).stream()
        .map(e -> summary(e.latest()))
        .toList();
  }

  /** The entry ids (for links) of {@link #ownContributions}, in the same order. */
  public List<Long> ownContributionIds(Caller caller) {
    Reader reader = readerOf(caller);
    if (!reader.contributor()) {
      return List.of();
    }
    return repository.entriesOwnedBy(reader.organisationCode(), 200).stream().map(LibraryEntry::id).toList();
  }

  public LibraryViews.SearchPage search(Caller caller, SearchQuery query) {
    return search(readerOf(caller), query);
  }

  /** Search without signing in: public entries only. */
  public LibraryViews.SearchPage searchPublic(SearchQuery query) {
    return search(Reader.anonymous(), query);
  }

  /** A public entry, read without signing in; any other answers "not found". */
  public LibraryViews.Entry publicEntry(long id) {
    Reader reader = Reader.anonymous();
    return entryView(visible(reader, id), reader);
  }

  /** A version of a public entry (only published, public versions), without signing in. */
  public LibraryViews.Version publicVersion(long id, int number) {
    Reader reader = Reader.anonymous();
    return versionView(visible(reader, id).versionFor(reader, number));
  }

  /** A file of a public entry, downloaded without signing in; audited with an anonymous actor. */
  public LibraryViews.Download publicDownload(long id, int number, long attachmentId, String from) {
    return download(Reader.anonymous(), Actor.anonymous(), id, number, attachmentId, from);
  }

  private LibraryViews.SearchPage search(Reader reader, SearchQuery query) {
    LibrarySearch.Result result = librarySearch.search(reader, query);
    SearchTerms terms = query.terms();
    List<LibraryViews.Hit> hits =
        result.hits().stream()
            .map(h -> {
              VersionListing v = h.version();
              return new LibraryViews.Hit(
                  v.entryId(), v.number(), v.title(), v.type(), v.jurisdictions(), v.topics(),
                  v.languages(), v.documentDate(), v.owner(), h.score(), snippet(h, v));
            })
            .toList();
    return new LibraryViews.SearchPage(
        result.total(), query.offset(), query.limit(), terms.words(), hits, result.facets());
  }

  /** The passage where the words matched, or else the beginning of the summary. */
  private static List<SearchTerms.Fragment> snippet(LibrarySearch.Hit hit, VersionListing v) {
    if (!hit.snippet().isEmpty()) {
      return hit.snippet();
    }
    String summary = v.summary();
    return List.of(new SearchTerms.Fragment(
        summary.length() > 240 ? summary.substring(0, 240) + "\u2026" : summary, false));
  }

  private LibraryEntry visible(Reader reader, long id) {
    return repository.findEntry(id).filter(e -> e.visibleTo(reader))
        .orElseThrow(() -> new LibraryException.NotFound("No library entry " + id));
  }

  private LibraryEntry visibleForUpdate(Reader reader, long id) {
    return repository.findEntryForUpdate(id).filter(e -> e.visibleTo(reader))
        .orElseThrow(() -> new LibraryException.NotFound("No library entry " + id));
  }

  /** The search index's figures, for operators. */
  public SearchIndex.Status indexStatus() {
    return searchIndex.status();
  }

  /**
   * An operator rebuilds the search index from the database (in the background); audited. While
   * it runs, searches find the entries indexed so far.
   */
  public SearchIndex.Status rebuildIndex(Caller caller, String from) {
    if (!searchIndex.rebuild()) {
      throw new LibraryException.Conflict("The library index is already being rebuilt");
    }
    trail.record(AuditEvent.of(AuditAction.LIBRARY_INDEX_REBUILD, AuditOutcome.SUCCESS, Actor.of(caller))
        .about(new AuditObject("library-index", "library-entry")).from(from).build());
    return searchIndex.status();
  }

  private void refreshSearchText(EntryVersion version) {
    version.refreshSearchText(
        repository.extractedTexts(version.attachments().stream().map(Attachment::sha256).toList()));
  }

  private void record(Caller caller, AuditAction action, EntryVersion version, String from,
      Map<String, String> details) {
    AuditEvent.Builder event =
        AuditEvent.of(action, AuditOutcome.SUCCESS, Actor.of(caller)).about(object(version)).from(from)
            .detail("status", version.status().name());
    details.forEach(event::detail);
    trail.record(event.build());
  }

  private static AuditObject object(EntryVersion version) {
    return new AuditObject("library-entry", version.entry().id() + "/v" + version.number());
  }

  private LibraryViews.Entry entryView(LibraryEntry entry, Reader reader) {
    Optional<EntryVersion> published = entry.publishedFor(reader);
    boolean drafts = reader.maySeeUnpublished(entry.owner());
    // Published content first; the owner and reviewers see the latest draft when none is published.
    EntryVersion shown = published.orElseGet(entry::latest);
    return new LibraryViews.Entry(
        entry.id(),
        entry.owner(),
        published.map(EntryVersion::number).orElse(null),
        drafts ? entry.pending().map(EntryVersion::number).orElse(null) : null,
        reader.mayEdit(entry.owner()),
        versionView(shown),
        entry.versionsFor(reader).stream().map(LibraryService::summary).toList());
  }

  private static LibraryViews.VersionSummary summary(EntryVersion v) {
    return new LibraryViews.VersionSummary(
        v.number(), v.status(), v.title(), v.contributor().username(), v.submittedAt(), v.reviewedAt(), v.changeNote());
  }

  private LibraryViews.Version versionView(EntryVersion v) {
    Map<String, icc.platform.web.library.domain.LibraryRepository.FileFacts> facts =
        repository.fileFacts(v.attachments().stream().map(Attachment::sha256).toList());
    return new LibraryViews.Version(
        v.entry().id(), v.number(), v.status(), v.title(), v.summary(), v.otherSummaries(),
        v.jurisdictions(), v.topics(), v.type(), v.languages(), v.source(), v.documentDate(),
        v.visibility(), v.contributor().organisationCode(), v.contributor().username(),
        v.submittedAt(), v.changeNote(), v.reviewerName(), v.reviewedAt(), v.reviewNote(),
        v.attachments().stream()
            .map(a -> {
              var f = facts.get(a.sha256());
              return new LibraryViews.Attachment(
                  a.id(), a.fileName(), f == null ? "application/octet-stream" : f.mediaType(),
                  f == null ? 0 : f.size(), a.sha256());
            })
            .toList());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
