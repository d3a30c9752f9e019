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
 * The words of a search, reduced to light stems that work for English and French alike, and the
 * InnoDB boolean-mode query built from them ({@code stem*} prefix terms, ranked by relevance).
 *
 * <p>InnoDB FULLTEXT has no stemmer, and a query's language is not known. So each word is folded
 * (lower case, accents removed: the index's {@code utf8mb4_unicode_ci} collation ignores them
 * too) and stripped of the common inflectional and derivational endings of both languages, then
 * matched as a prefix: {@code procédures} becomes {@code procedur*}, which finds "procedure",
 * "procédure" and "procedural"; {@code saisies} becomes {@code saisi*} ("saisie", "saisir");
 * {@code freezing} becomes {@code freez*} ("freeze", "freezes"). A stem keeps at least {@value
 * #MIN_STEM} letters so that prefixes stay specific. Stop words of both languages and words
 * shorter than three letters (InnoDB's {@code innodb_ft_min_token_size}) are dropped.
 */
public final class SearchTerms {

  public static final int MAX_QUERY_LENGTH = 200;
  public static final int MAX_TERMS = 12;
  static final int MIN_STEM = 4;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Derivational and inflectional endings of English and French, longest first. */
  private static final List<String> SUFFIXES =
      List.of(
          "issement", "ement", "ation", "ition", "ance", "ence", "ment", "ing", "ure", "ive",
          "ie", "ee", "ed", "er", "e");

  private static final Set<String> STOP_WORDS =
      Set.of(
          "the", "and", "for", "with", "from", "that", "this", "are", "was", "its", "into", "under",
          "les", "des", "une", "pour", "par", "sur", "dans", "aux", "avec", "est", "son", "ses",
          "qui", "que", "leur", "leurs", "entre", "selon", "del", "los", "las", "por", "para");

  private final List<String> stems;

  private SearchTerms(List<String> stems) {
    this.stems = List.copyOf(stems);
  }

  /** Parses what a person typed; an empty or blank query has no terms. */
  public static SearchTerms parse(String query) {
    if (query == null) {
      return new SearchTerms(List.of());
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new LibraryException.InvalidInput("q", "the search is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    Set<String> stems = new LinkedHashSet<>();
    Matcher words = WORD.matcher(fold(query));
    while (words.find() && stems.size() < MAX_TERMS) {
      String word = words.group();
      if (word.length() < 3 || STOP_WORDS.contains(word)) {
        continue;
      }
      stems.add(stem(word));
    }
    return new SearchTerms(new ArrayList<>(stems));
  }

  /** Lower case without accents: "Procédure" is "procedure". */
  public static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The light stem of one folded word: a plural ending, then one suffix, at most. */
  static String stem(String word) {
    String current = word;
    if ((current.endsWith("s") || current.endsWith("x")) && current.length() - 1 >= 3) {
      current = current.substring(0, current.length() - 1);
    }
    for (String suffix : SUFFIXES) {
      if (current.endsWith(suffix) && current.length() - suffix.length() >= MIN_STEM) {
        return current.substring(0, current.length() - suffix.length());
      }
    }
    return current;
  }

  public boolean isEmpty() {
    return stems.isEmpty();
  }

  public List<String> stems() {
    return stems;
  }

  /** The InnoDB boolean-mode query: any of the stems as a prefix, e.g. {@code gel* avoir*}. */
  public String booleanQuery() {
    return String.join(" ", stems.stream().map(s -> s + "*").toList());
  }

  /**
   * Cuts a passage of at most {@code width} characters around the first match in the text, split
   * into plain and matched fragments (so that a page can highlight without building HTML).
   * Empty if nothing matches.
   */
  public List<Fragment> highlight(String text, int width) {
    if (text == null || stems.isEmpty()) {
      return List.of();
    }
    String folded = fold(text);
    // Folding can change length for a few characters (e.g. ligatures); then give up quietly.
    if (folded.length() != text.length()) {
      return List.of();
    }
    Matcher words = WORD.matcher(folded);
    int first = -1;
    while (words.find()) {
      if (matches(words.group())) {
        first = words.start();
        break;
      }
    }
    if (first < 0) {
      return List.of();
    }
    int start = Math.max(0, first - width / 3);
    int end = Math.min(text.length(), start + width);
    List<Fragment> fragments = new ArrayList<>();
    if (start > 0) {
      fragments.add(new Fragment("\u2026", false));
    }
    Matcher inWindow = WORD.matcher(folded).region(start, end);
    int at = start;
    while (inWindow.find()) {
      if (matches(inWindow.group())) {
        if (inWindow.start() > at) {
          fragments.add(new Fragment(text.substring(at, inWindow.start()), false));
        }
        fragments.add(new Fragment(text.substring(inWindow.start(), inWindow.end()), true));
        at = inWindow.end();
      }
    }
    if (at < end) {
      fragments.add(new Fragment(text.substring(at, end), false));
    }
    if (end < text.length()) {
      fragments.add(new Fragment("\u2026", false));
    }
    return fragments;
  }

  private boolean matches(String foldedWord) {
    return stems.stream().anyMatch(foldedWord::startsWith);
  }

  /** A piece of a highlighted passage. */
  public record Fragment(String text, boolean match) {}
}
