package icc.platform.web.library.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a list of search results shows of a published version, read without the version's texts:
 * a file's extracted text can be megabytes (EntryVersion#SEARCH_TEXT_MAX), and a page of hits
 * needs none of it.
 *
 * @param summaryStart the first {@value #SUMMARY_START} characters of the summary (the snippet when
 *     the words matched nowhere worth showing)
 */
public record VersionListing(
    long entryId,
    long versionId,
    int number,
    String title,
    DocumentType type,
    Set<String> jurisdictions,
    Set<Topic> topics,
    Set<String> languages,
    LocalDate documentDate,
    String owner,
    String summaryStart) {

  public static final int SUMMARY_START = 241;
}
