package icc.platform.web.library.application;

import icc.platform.web.library.domain.DocumentType;
import icc.platform.web.library.domain.ModerationStatus;
import icc.platform.web.library.domain.SearchTerms;
import icc.platform.web.library.domain.Topic;
import icc.platform.web.library.domain.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the library's use cases return: plain records built inside the transaction, so that the
 * API and the pages never touch an entity (and never load lazily outside a transaction).
 */
public final class LibraryViews {

  private LibraryViews() {}

  /** An entry as one reader sees it: the version to show first and the versions they may see. */
  public record Entry(
      long id,
      String owner,
      Integer publishedVersion,
      Integer pendingVersion,
      boolean mayPropose,
      Version shown,
      List<VersionSummary> versions) {}

  /** One line of an entry's history. */
  public record VersionSummary(
      int number, ModerationStatus status, String title, String contributorName,
      Instant submittedAt, Instant reviewedAt, String changeNote) {}

  /** A full version. */
  public record Version(
      long entryId,
      int number,
      ModerationStatus status,
      String title,
      String summary,
      Map<String, String> otherSummaries,
      Set<String> jurisdictions,
      Set<Topic> topics,
      DocumentType type,
      Set<String> languages,
      String source,
      LocalDate documentDate,
      Visibility visibility,
      String contributorOrganisation,
      String contributorName,
      Instant submittedAt,
      String changeNote,
      String reviewerName,
      Instant reviewedAt,
      String reviewNote,
      List<Attachment> attachments) {}

  /** A file of a version, without its content. */
  public record Attachment(long id, String fileName, String mediaType, long size, String sha256) {}

  /** A file's content to download. */
  public record Download(String fileName, String mediaType, String sha256, byte[] content) {}

  /** A pending version in the moderation queue. */
  public record QueueItem(
      long entryId, int number, String title, String contributorOrganisation,
      String contributorName, Instant submittedAt, Integer publishedVersion, int attachments) {}

  /** A page of search results. */
  public record SearchPage(
      long total, int offset, int limit, List<String> terms, List<Hit> hits,
      Map<String, Map<String, Long>> facets) {}

  /** One result, with a highlighted passage. */
  public record Hit(
      long entryId,
      int version,
      String title,
      DocumentType type,
      Set<String> jurisdictions,
      Set<Topic> topics,
      Set<String> languages,
      LocalDate documentDate,
      String owner,
      double score,
      List<SearchTerms.Fragment> snippet) {}
}
