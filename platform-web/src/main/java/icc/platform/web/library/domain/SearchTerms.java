package icc.platform.web.library.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed in the search box: the text handed to the search engine, and the words in
 * it (lower case, accents folded), which the results page shows back.
 *
 * <p>Stemming, stop words and accent folding are the search engine's work, per language
 * (infrastructure LibraryAnalysis); this class only bounds the input and tells whether there is
 * anything to look for.
 */
public final class SearchTerms {

  public static final int MAX_QUERY_LENGTH = 200;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final String text;
  private final List<String> words;

  private SearchTerms(String text, List<String> words) {
    this.text = text;
    this.words = List.copyOf(words);
  }

  /** Parses what a person typed; an empty query, or one without letters or digits, has no terms. */
  public static SearchTerms parse(String query) {
    if (query == null) {
      return new SearchTerms("", List.of());
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new LibraryException.InvalidInput("q", "the search is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    Set<String> words = new LinkedHashSet<>();
    Matcher found = WORD.matcher(fold(query));
    while (found.find()) {
      words.add(found.group());
    }
    return new SearchTerms(query.strip(), new ArrayList<>(words));
  }

  /** Lower case without accents: "Procédure" is "procedure". */
  public static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }

  /** The query as typed (trimmed), for the search engine. */
  public String text() {
    return text;
  }

  /** The distinct words of the query, folded. */
  public List<String> words() {
    return words;
  }

  /** A piece of a highlighted passage: plain text, or a match. */
  public record Fragment(String text, boolean match) {}
}
