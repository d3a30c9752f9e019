package icc.platform.web.library.infrastructure;

import static icc.platform.web.library.infrastructure.LibrarySearchMapping.CURRENT;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.DATE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.ENTRY_ID;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.JURISDICTION;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.LANGUAGE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.OWNER;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.SUMMARY;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TEXT;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TITLE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TITLE_SORT;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TOPIC;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TYPE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.VERSION_ID;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.VISIBILITY;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.YEAR;

import icc.platform.web.library.domain.LibraryEntry;
import icc.platform.web.library.domain.LibrarySearch;
import icc.platform.web.library.domain.Reader;
import icc.platform.web.library.domain.SearchQuery;
import icc.platform.web.library.domain.SearchTerms;
import icc.platform.web.library.domain.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;

/**
 * Library search on the Lucene index that Hibernate Search keeps ({@link LibrarySearchMapping},
 * docs/library.md "Full-text search").
 *
 * <p>The reader's visibility is a filter clause of the Lucene query itself, the same query that
 * ranks, pages, counts and computes the facets: an entry the reader may not see is in none of
 * them (issue 8: "a search never returns an entry the caller may not see"). The rules are those of
 * {@link Reader#maySeePublished}, written as a query.
 *
 * <p>Words are matched in every text field in both languages, with the {@code simple query string}
 * syntax ({@code "..."} for a phrase, {@code word*} for a prefix, {@code +word} to require a word,
 * {@code -word} to exclude one). Any word may match and the entries matching more, and rarer, words
 * rank first: a word that is a stop word in one language only ("de") must not empty the results. A
 * title match weighs twice. Only index fields are read: no entity is
 * loaded here.
 */
@ApplicationScoped
public class LuceneLibrarySearch implements LibrarySearch {

  /** Marks around a highlighted match: private-use characters, which no document contains. */
  static final String OPEN = "\uE000";
  static final String CLOSE = "\uE001";

  /**
   * Passages to highlight, in the order a snippet is chosen: the summary, then the other summaries
   * and the files. Not the title: it is shown above the snippet anyway (and without a match in
   * these, the snippet is the beginning of the summary).
   */
  private static final List<String> SNIPPET_FIELDS =
      List.of(SUMMARY + "_en", SUMMARY + "_fr", TEXT + "_en", TEXT + "_fr");

  /** About how many characters of a passage are shown (the highlighter returns whole sentences). */
  static final int SNIPPET_LENGTH = 240;

  /** More jurisdictions than there are States, so that no facet value is cut off. */
  private static final int MAX_FACET_VALUES = 300;

  private static final Map<String, AggregationKey<Map<String, Long>>> FACETS = new LinkedHashMap<>();

  static {
    for (String facet : List.of(JURISDICTION, TOPIC, TYPE, LANGUAGE)) {
      FACETS.put(facet, AggregationKey.of(facet));
    }
  }

  private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of(YEAR);

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Override
  public Result search(Reader reader, SearchQuery query) {
    var search =
        Search.session(em).search(LibraryEntry.class)
            .select(f -> f.composite().from(projections(f)).asList())
            .where(f -> predicate(f, reader, query))
            .sort(f -> sort(f, query.sort()))
            .highlighter(h -> h.unified().tag(OPEN, CLOSE).numberOfFragments(1).noMatchSize(0));
    for (var facet : FACETS.entrySet()) {
      search.aggregation(facet.getValue(), f -> f.terms()
          .field(path(facet.getKey()), String.class, ValueModel.INDEX).maxTermCount(MAX_FACET_VALUES));
    }
    search.aggregation(YEARS, f -> f.terms().field(path(YEAR), Integer.class, ValueModel.INDEX).maxTermCount(MAX_FACET_VALUES));

    SearchResult<List<?>> result = search.fetch(query.offset(), query.limit());

    List<Hit> hits = result.hits().stream().map(LuceneLibrarySearch::hit).toList();
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    FACETS.forEach((name, key) -> facets.put(name, byCount(result.aggregation(key))));
    Map<String, Long> years = new LinkedHashMap<>();
    result.aggregation(YEARS).entrySet().stream()
        .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
        .forEach(e -> years.put(String.valueOf(e.getKey()), e.getValue()));
    facets.put(YEAR, years);
    return new Result(hits, result.total().hitCount(), facets);
  }

  private static ProjectionFinalStep<?>[] projections(SearchProjectionFactory<?, ?> f) {
    List<ProjectionFinalStep<?>> projections = new ArrayList<>();
    projections.add(f.id(Long.class));
    projections.add(f.field(path(VERSION_ID), Long.class));
    projections.add(f.score());
    SNIPPET_FIELDS.forEach(field -> projections.add(f.highlight(path(field))));
    return projections.toArray(ProjectionFinalStep<?>[]::new);
  }

  private static PredicateFinalStep predicate(SearchPredicateFactory f, Reader reader, SearchQuery query) {
    BooleanPredicateClausesStep<?> all = f.bool();
    all.filter(visibleTo(f, reader));
    if (query.terms().isEmpty()) {
      all.must(f.matchAll());
    } else {
      all.must(f.simpleQueryString()
          .field(path(TITLE + "_en")).boost(2f)
          .field(path(TITLE + "_fr")).boost(2f)
          .fields(path(SUMMARY + "_en"), path(SUMMARY + "_fr"), path(TEXT + "_en"), path(TEXT + "_fr"))
          .matching(query.terms().text())
          .defaultOperator(BooleanOperator.OR));
    }
    if (query.jurisdiction() != null) {
      all.filter(f.match().field(path(JURISDICTION)).matching(query.jurisdiction()));
    }
    if (query.topic() != null) {
      all.filter(f.match().field(path(TOPIC)).matching(query.topic()));
    }
    if (query.type() != null) {
      all.filter(f.match().field(path(TYPE)).matching(query.type()));
    }
    if (query.language() != null) {
      all.filter(f.match().field(path(LANGUAGE)).matching(query.language()));
    }
    if (query.year() != null) {
      all.filter(f.match().field(path(YEAR)).matching(query.year(), ValueModel.INDEX));
    }
    return all;
  }

  /** {@link Reader#maySeePublished} as a query; entries without a published version never match. */
  private static PredicateFinalStep visibleTo(SearchPredicateFactory f, Reader reader) {
    String visibility = path(VISIBILITY);
    if (reader.isAnonymous()) {
      return f.match().field(visibility).matching(Visibility.PUBLIC);
    }
    if (reader.court()) {
      return f.exists().field(visibility);
    }
    return f.bool()
        .should(f.terms().field(visibility).matchingAny(Visibility.ALL_ORGANISATIONS, Visibility.PUBLIC))
        .should(f.bool()
            .must(f.match().field(visibility).matching(Visibility.COURT_ONLY))
            .must(f.match().field(OWNER).matching(reader.organisationCode())));
  }

  private static SortFinalStep sort(SearchSortFactory f, SearchQuery.Sort sort) {
    return switch (sort) {
      case RELEVANCE -> f.score().then().field(path(DATE)).desc().missing().last().then().field(ENTRY_ID).desc();
      case NEWEST -> f.field(path(DATE)).desc().missing().last().then().field(ENTRY_ID).desc();
      case TITLE -> f.field(path(TITLE_SORT)).then().field(ENTRY_ID);
    };
  }

  private static Hit hit(List<?> row) {
    List<SearchTerms.Fragment> snippet = List.of();
    for (int i = 0; i < SNIPPET_FIELDS.size() && snippet.isEmpty(); i++) {
      List<?> passages = (List<?>) row.get(3 + i);
      if (!passages.isEmpty()) {
        snippet = around(fragments((String) passages.get(0)), SNIPPET_LENGTH);
      }
    }
    return new Hit((Long) row.get(0), (Long) row.get(1), ((Number) row.get(2)).doubleValue(), snippet);
  }

  /** A highlighted passage, split at the marks into plain and matched fragments. */
  static List<SearchTerms.Fragment> fragments(String passage) {
    List<SearchTerms.Fragment> fragments = new ArrayList<>();
    int at = 0;
    while (at < passage.length()) {
      int open = passage.indexOf(OPEN, at);
      if (open < 0) {
        fragments.add(new SearchTerms.Fragment(passage.substring(at), false));
        break;
      }
      if (open > at) {
        fragments.add(new SearchTerms.Fragment(passage.substring(at, open), false));
      }
      int close = passage.indexOf(CLOSE, open);
      int end = close < 0 ? passage.length() : close;
      fragments.add(new SearchTerms.Fragment(passage.substring(open + 1, end), true));
      at = close < 0 ? passage.length() : close + 1;
    }
    return fragments;
  }

  /**
   * At most about {@code length} characters of a passage, starting a little before its first match:
   * a sentence of a file can be very long.
   */
  static List<SearchTerms.Fragment> around(List<SearchTerms.Fragment> fragments, int length) {
    List<SearchTerms.Fragment> cut = new ArrayList<>();
    int budget = length;
    for (int i = 0; i < fragments.size() && budget > 0; i++) {
      SearchTerms.Fragment f = fragments.get(i);
      String text = f.text();
      if (i == 0 && !f.match() && text.length() > length / 3) {
        text = "\u2026" + text.substring(text.length() - length / 3);
      }
      if (text.length() > budget) {
        text = f.match() ? text : text.substring(0, budget) + "\u2026";
      }
      cut.add(new SearchTerms.Fragment(text, f.match()));
      budget -= text.length();
    }
    if (budget <= 0 && cut.size() < fragments.size() && !cut.get(cut.size() - 1).text().endsWith("\u2026")) {
      cut.add(new SearchTerms.Fragment("\u2026", false));
    }
    return cut;
  }

  /** Facet values, most frequent first, then alphabetically (a stable order for equal counts). */
  private static Map<String, Long> byCount(Map<String, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static String path(String field) {
    return field.equals(OWNER) || field.equals(ENTRY_ID) ? field : CURRENT + "." + field;
  }
}
