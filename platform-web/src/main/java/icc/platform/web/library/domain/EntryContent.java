package icc.platform.web.library.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a contributor says about a document, validated on construction: each rejection names the
 * field at fault ({@link LibraryException.InvalidInput}). Immutable, like the version it becomes.
 *
 * @param title the title, in the document's language
 * @param summary a summary in the first of the document's languages
 * @param otherSummaries summaries in other languages, keyed by ISO 639-1 code (journey 5: a Dutch
 *     procedure note with a French summary)
 * @param jurisdictions ISO 3166-1 alpha-2 codes, or {@code ICC} / {@code INT}
 * @param topics at least one topic
 * @param type the kind of document
 * @param languages ISO 639-1 codes of the languages the document is in, at least one
 * @param source where it comes from (optional)
 * @param documentDate the document's own date (optional, not in the future)
 * @param visibility who may read it once published
 */
public record EntryContent(
    String title,
    String summary,
    Map<String, String> otherSummaries,
    Set<String> jurisdictions,
    Set<Topic> topics,
    DocumentType type,
    Set<String> languages,
    String source,
    LocalDate documentDate,
    Visibility visibility) {

  public static final int TITLE_MAX = 300;
  public static final int SUMMARY_MAX = 5000;
  public static final int SOURCE_MAX = 500;
  public static final int MAX_JURISDICTIONS = 20;
  public static final int MAX_LANGUAGES = 10;
  public static final int LANGUAGE_MAX = 8;
  public static final int JURISDICTION_MAX = 8;

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}|ICC|INT");

  public EntryContent {
    title = text("title", title, TITLE_MAX, true);
    summary = text("summary", summary, SUMMARY_MAX, true);
    source = text("source", source, SOURCE_MAX, false);
    if (type == null) {
      throw invalid("type", "type is required: one of LEGISLATION, PROCEDURE, GUIDELINE,"
          + " MODEL_AGREEMENT, CASE_STUDY, TRAINING_MATERIAL");
    }
    if (visibility == null) {
      throw invalid("visibility", "visibility is required: ALL_ORGANISATIONS, COURT_ONLY or PUBLIC");
    }
    if (topics == null || topics.isEmpty() || topics.stream().anyMatch(java.util.Objects::isNull)) {
      throw invalid("topics", "at least one topic is required");
    }
    topics = Collections.unmodifiableSet(new LinkedHashSet<>(topics));
    jurisdictions = codes("jurisdictions", jurisdictions, JURISDICTION, MAX_JURISDICTIONS,
        "a jurisdiction is an ISO 3166-1 alpha-2 code (NL), ICC or INT");
    if (jurisdictions.isEmpty()) {
      throw invalid("jurisdictions", "at least one jurisdiction is required");
    }
    languages = codes("languages", languages, LANGUAGE, MAX_LANGUAGES,
        "a language is an ISO 639-1 code in lower case (en, fr)");
    if (languages.isEmpty()) {
      throw invalid("languages", "at least one language is required");
    }
    TreeMap<String, String> summaries = new TreeMap<>();
    if (otherSummaries != null) {
      if (otherSummaries.size() > MAX_LANGUAGES) {
        throw invalid("otherSummaries", "at most " + MAX_LANGUAGES + " summaries in other languages");
      }
      for (Map.Entry<String, String> e : otherSummaries.entrySet()) {
        String language = e.getKey() == null ? "" : e.getKey().trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(language).matches()) {
          throw invalid("otherSummaries", "a summary's language is an ISO 639-1 code (fr): " + e.getKey());
        }
        String text = text("otherSummaries." + language, e.getValue(), SUMMARY_MAX, false);
        if (text != null) {
          summaries.put(language, text);
        }
      }
    }
    otherSummaries = Collections.unmodifiableMap(summaries);
    if (documentDate != null && documentDate.isAfter(LocalDate.now().plusDays(1))) {
      throw invalid("documentDate", "the document's date cannot be in the future");
    }
  }

  private static String text(String field, String value, int max, boolean required) {
    String trimmed = value == null ? null : value.strip();
    if (trimmed == null || trimmed.isEmpty()) {
      if (required) {
        throw invalid(field, field + " is required");
      }
      return null;
    }
    if (trimmed.length() > max) {
      throw invalid(field, field + " is longer than " + max + " characters");
    }
    if (trimmed.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      throw invalid(field, field + " contains control characters");
    }
    return trimmed;
  }

  private static Set<String> codes(
      String field, Set<String> given, Pattern shape, int max, String rule) {
    if (given == null) {
      return Set.of();
    }
    if (given.size() > max) {
      throw invalid(field, "at most " + max + " " + field);
    }
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    for (String code : given) {
      String normal = code == null ? "" : code.strip();
      normal = shape == LANGUAGE ? normal.toLowerCase(Locale.ROOT) : normal.toUpperCase(Locale.ROOT);
      if (!shape.matcher(normal).matches()) {
        throw invalid(field, rule + ": " + code);
      }
      codes.add(normal);
    }
    return Collections.unmodifiableSet(codes);
  }

  static LibraryException.InvalidInput invalid(String field, String message) {
    return new LibraryException.InvalidInput(field, message);
  }
}
