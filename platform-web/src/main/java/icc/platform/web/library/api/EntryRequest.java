package icc.platform.web.library.api;

import icc.platform.web.library.domain.DocumentType;
import icc.platform.web.library.domain.EntryContent;
import icc.platform.web.library.domain.LibraryException;
import icc.platform.web.library.domain.Topic;
import icc.platform.web.library.domain.Visibility;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON body that contributes an entry or proposes a version. Enumerations and dates arrive
 * as strings so that a wrong value gets a 400 naming the field, not a parser's stack trace.
 */
public class EntryRequest {
  public String title;
  public String summary;
  public Map<String, String> otherSummaries;
  public List<String> jurisdictions;
  public List<String> topics;
  public String type;
  public List<String> languages;
  public String source;
  public String documentDate;
  public String visibility;
  /** For a new version: what changed. */
  public String changeNote;
  /** For a new version: carry the previous version's files forward (default true). */
  public Boolean keepFiles;

  EntryContent toContent() {
    Set<Topic> topicSet = new LinkedHashSet<>();
    if (topics != null) {
      for (String t : topics) {
        topicSet.add(parse(Topic.class, "topics", t));
      }
    }
    LocalDate date = null;
    if (documentDate != null && !documentDate.isBlank()) {
      try {
        date = LocalDate.parse(documentDate.strip());
      } catch (DateTimeParseException e) {
        throw new LibraryException.InvalidInput("documentDate", "documentDate is a date like 2024-03-31");
      }
    }
    return new EntryContent(
        title,
        summary,
        otherSummaries,
        jurisdictions == null ? null : new LinkedHashSet<>(jurisdictions),
        topicSet,
        type == null || type.isBlank() ? null : parse(DocumentType.class, "type", type),
        languages == null ? null : new LinkedHashSet<>(languages),
        source,
        date,
        visibility == null || visibility.isBlank() ? null : parse(Visibility.class, "visibility", visibility));
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (RuntimeException e) {
      throw new LibraryException.InvalidInput(
          field, "unknown " + field + " '" + value + "'; one of " + List.of(type.getEnumConstants()));
    }
  }
}
