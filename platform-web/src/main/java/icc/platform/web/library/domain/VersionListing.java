package icc.platform.web.library.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a list of search results shows of a published version, read without the files' extracted
 * text: it can be megabytes (EntryVersion#SEARCH_TEXT_MAX), and a page of hits needs none of it.
 *
 * @param summary the whole summary (at most EntryContent#SUMMARY_MAX characters): the search
 *     highlights the words in it, and its beginning is the snippet when they matched nowhere
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
    String summary) {}
