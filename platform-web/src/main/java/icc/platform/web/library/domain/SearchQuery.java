package icc.platform.web.library.domain;

import java.util.Locale;

/**
 * A search of the library: words (optional) and filters, sort order and page.
 *
 * @param terms the words, stemmed
 * @param jurisdiction only entries concerning this jurisdiction (optional)
 * @param topic only entries with this topic (optional)
 * @param type only documents of this type (optional)
 * @param language only documents in this language (optional)
 * @param year only documents dated in this year (optional)
 * @param sort relevance (default when there are words), newest first, or by title
 * @param offset first result, from 0
 * @param limit most results, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(
    SearchTerms terms,
    String jurisdiction,
    Topic topic,
    DocumentType type,
    String language,
    Integer year,
    Sort sort,
    int offset,
    int limit) {

  public static final int MAX_LIMIT = 100;

  public enum Sort {
    RELEVANCE,
    NEWEST,
    TITLE
  }

  public SearchQuery {
    if (terms == null) {
      terms = SearchTerms.parse(null);
    }
    if (jurisdiction != null) {
      jurisdiction = jurisdiction.strip().toUpperCase(Locale.ROOT);
      if (!jurisdiction.matches("[A-Z]{2}|ICC|INT")) {
        throw new LibraryException.InvalidInput("jurisdiction", "a jurisdiction is an ISO 3166-1 alpha-2 code (NL), ICC or INT");
      }
    }
    if (language != null) {
      language = language.strip().toLowerCase(Locale.ROOT);
      if (!language.matches("[a-z]{2}")) {
        throw new LibraryException.InvalidInput("language", "a language is an ISO 639-1 code (en, fr)");
      }
    }
    if (year != null && (year < 1900 || year > 2100)) {
      throw new LibraryException.InvalidInput("year", "the year must be between 1900 and 2100");
    }
    if (offset < 0 || offset > 10_000) {
      throw new LibraryException.InvalidInput("offset", "offset must be between 0 and 10000");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new LibraryException.InvalidInput("limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    if (sort == null) {
      sort = terms.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE;
    }
  }
}
