package icc.platform.web.library.infrastructure;

import static icc.platform.web.library.infrastructure.LibrarySearchMapping.CONTENT;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.JURISDICTION;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.LANGUAGE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.OWNER;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.SUMMARY;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TEXT;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TITLE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TOPIC;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.TYPE;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.VISIBILITY;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.YEAR;
import static icc.platform.web.library.infrastructure.LibrarySearchMapping.path;

import icc.platform.web.library.domain.Reader;
import icc.platform.web.library.domain.SearchQuery;
import icc.platform.web.library.domain.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A library search as Lucene queries: the reader's visibility and the facet filters as a filter,
 * the words as a scored clause. The filter and the words rank and page the hits and are counted
 * for the total and the facets ({@link LibraryFacets}), so no list, total or facet count can
 * include an entry the reader may not see (issue 8: "a search never returns an entry the caller
 * may not see"), and all of them count the same entries.
 *
 * <p>Written for Lucene directly rather than with Hibernate Search's predicate DSL because the
 * facets are counted outside Hibernate Search (its terms aggregations took 45 % of search time;
 * docs/benchmarks.md, library), and both must count exactly the same query. The field names and
 * index encodings are those of {@link LibrarySearchMapping}: keyword fields hold the value as is
 * (enums by name), the year is an {@code IntPoint}.
 *
 * <p>Words use Lucene's simple query string syntax, parsed the way Hibernate Search's {@code
 * simpleQueryString()} parses it (the same parser, the fields' own analyzers): {@code "..."} for a
 * phrase, {@code word*} for a prefix, {@code +word} to require a word, {@code -word} to exclude
 * one. Any word may match; entries matching more, and rarer, words rank first, a title match
 * weighing twice more. Words are looked up in the content (title, summary and text together), each
 * in the English and the French analysis.
 */
final class LibraryQuery {

  /**
   * Fields in which words are looked up: title, summary and text together, in each language's
   * analysis. An entry matches when its content does; the ranked query and the count (total and
   * facets) match exactly these entries.
   */
  static final Map<String, Float> WORD_FIELDS = Map.of(path(CONTENT + "_en"), 1f, path(CONTENT + "_fr"), 1f);

  /**
   * Title fields, for ranking only: a title match adds twice its weight to the content's. Only
   * scored, never required, so counting needs no title field (2 fields a word instead of 4, which
   * the count pays per matching entry; docs/benchmarks.md, library).
   */
  static final Map<String, Float> TITLE_FIELDS = Map.of(path(TITLE + "_en"), 2f, path(TITLE + "_fr"), 2f);

  /**
   * Fields of the query the snippets are highlighted with: the stored texts the content fields
   * are made of. Not the content fields: they are neither stored nor highlightable. The
   * highlighter marks the words' terms wherever they occur in the field, without evaluating the
   * whole query ("weight matches" off): a required word ({@code +word}) found only in the title
   * still lets the other words be marked in the summary (LibrarySearchIndexIT).
   */
  static final Map<String, Float> HIGHLIGHT_QUERY_FIELDS = Map.of(
      path(SUMMARY + "_en"), 1f, path(SUMMARY + "_fr"), 1f, path(TEXT + "_en"), 1f, path(TEXT + "_fr"), 1f);

  /**
   * A search as Lucene queries.
   *
   * @param filter what the reader may see and the facet values chosen
   * @param words the words in the content, or null when there are none
   * @param titleWords the words in the title, or null when there are none
   */
  record Parts(Query filter, Query words, Query titleWords) {
    /**
     * The query that ranks the entries the filter lets through (FilteredSearcher): it matches the
     * entries the words match, and a title match adds to their score.
     *
     * <p>Words without operators ({@code +}, {@code -}) are a disjunction, in which each word is a
     * disjunction of its terms in the fields: flattened into one disjunction of all the terms (and
     * phrases, prefixes) in the content and the title, which Lucene ranks with its MaxScore scorer,
     * skipping what cannot make the page. Same matches: the content holds the title. Same scores:
     * a disjunction scores the sum of its clauses. With operators, the words are required and the
     * title only adds to the score.
     */
    Query ranking() {
      if (words == null) {
        return new MatchAllDocsQuery();
      }
      List<Query> wordClauses = clausesOfDisjunction(words);
      List<Query> titleClauses = clausesOfDisjunction(titleWords);
      if (wordClauses == null || titleClauses == null) {
        return new BooleanQuery.Builder().add(words, Occur.MUST).add(titleWords, Occur.SHOULD).build();
      }
      BooleanQuery.Builder flat = new BooleanQuery.Builder();
      wordClauses.forEach(clause -> flat.add(clause, Occur.SHOULD));
      titleClauses.forEach(clause -> flat.add(clause, Occur.SHOULD));
      return flat.build();
    }
  }

  /**
   * The clauses of a disjunction tree (boolean queries of optional clauses only), each with the
   * boosts above it; null if the query is not one.
   */
  static List<Query> clausesOfDisjunction(Query query) {
    List<Query> clauses = new ArrayList<>();
    return collectDisjunction(query, 1f, clauses) ? clauses : null;
  }

  private static boolean collectDisjunction(Query query, float boost, List<Query> into) {
    if (query instanceof BoostQuery boosted) {
      return collectDisjunction(boosted.getQuery(), boost * boosted.getBoost(), into);
    }
    if (query instanceof BooleanQuery bool) {
      if (bool.getMinimumNumberShouldMatch() > 0
          || bool.clauses().stream().anyMatch(c -> c.getOccur() != Occur.SHOULD)) {
        return false;
      }
      for (BooleanClause clause : bool.clauses()) {
        if (!collectDisjunction(clause.getQuery(), boost, into)) {
          return false;
        }
      }
      return true;
    }
    into.add(boost == 1f ? query : new BoostQuery(query, boost));
    return true;
  }

  /**
   * The terms of a query that is a disjunction tree of term queries (boosted or not), the form the
   * parser gives words without operators, phrases or prefixes; null for any other query.
   */
  static List<Term> termsOfDisjunction(Query query) {
    List<Query> clauses = clausesOfDisjunction(query);
    if (clauses == null) {
      return null;
    }
    List<Term> terms = new ArrayList<>(clauses.size());
    for (Query clause : clauses) {
      Query leaf = clause instanceof BoostQuery boosted ? boosted.getQuery() : clause;
      if (!(leaf instanceof TermQuery term)) {
        return null;
      }
      terms.add(term.getTerm());
    }
    return terms;
  }

  private final Analyzer analyzer;

  /** The analyzer of each searched field, for the highlighter too. */
  Analyzer analyzer() {
    return analyzer;
  }

  /**
   * @param english the analyzer of the {@code _en} fields ({@link LibraryAnalysis#ENGLISH})
   * @param french the analyzer of the {@code _fr} fields ({@link LibraryAnalysis#FRENCH})
   */
  LibraryQuery(Analyzer english, Analyzer french) {
    Map<String, Analyzer> byField = new LinkedHashMap<>();
    WORD_FIELDS.keySet().forEach(field -> byField.put(field, field.endsWith("_fr") ? french : english));
    TITLE_FIELDS.keySet().forEach(field -> byField.put(field, field.endsWith("_fr") ? french : english));
    HIGHLIGHT_QUERY_FIELDS.keySet().forEach(field -> byField.put(field, field.endsWith("_fr") ? french : english));
    this.analyzer = new PerFieldAnalyzerWrapper(english, byField);
  }

  /** The search's queries: its filter and its words (in the content and in the title). */
  Parts of(Reader reader, SearchQuery query) {
    return new Parts(filter(reader, query), words(query, WORD_FIELDS), words(query, TITLE_FIELDS));
  }

  /** What the reader may see and the facet values chosen: which entries, not their rank. */
  private static Query filter(Reader reader, SearchQuery query) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(visibleTo(reader), Occur.FILTER);
    if (query.jurisdiction() != null) {
      all.add(term(path(JURISDICTION), query.jurisdiction()), Occur.FILTER);
    }
    if (query.topic() != null) {
      all.add(term(path(TOPIC), query.topic().name()), Occur.FILTER);
    }
    if (query.type() != null) {
      all.add(term(path(TYPE), query.type().name()), Occur.FILTER);
    }
    if (query.language() != null) {
      all.add(term(path(LANGUAGE), query.language()), Occur.FILTER);
    }
    if (query.year() != null) {
      all.add(IntPoint.newExactQuery(path(YEAR), query.year()), Occur.FILTER);
    }
    return all.build();
  }

  /** The words in the fields that are highlighted, or null when there are none. */
  Query highlighted(SearchQuery query) {
    return words(query, HIGHLIGHT_QUERY_FIELDS);
  }

  private Query words(SearchQuery query, Map<String, Float> fields) {
    if (query.terms().isEmpty()) {
      return null;
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields);
    parser.setDefaultOperator(Occur.SHOULD);
    Query parsed = parser.parse(query.terms().text());
    // Only stop words ("de la"): the parser answers an empty query, which would match nothing;
    // Hibernate Search's simpleQueryString behaved the same way (no results), and so does this.
    return parsed == null ? new BooleanQuery.Builder().build() : parsed;
  }

  /**
   * Reader#maySeePublished as a query. Entries without a published version have no visibility
   * value, so they match none of these.
   */
  static Query visibleTo(Reader reader) {
    String visibility = path(VISIBILITY);
    if (reader.isAnonymous()) {
      return term(visibility, Visibility.PUBLIC.name());
    }
    if (reader.court()) {
      return new TermInSetQuery(visibility, Arrays.stream(Visibility.values()).map(v -> new BytesRef(v.name())).toList());
    }
    return new BooleanQuery.Builder()
        .add(new TermInSetQuery(visibility,
            List.of(new BytesRef(Visibility.ALL_ORGANISATIONS.name()), new BytesRef(Visibility.PUBLIC.name()))), Occur.SHOULD)
        .add(new BooleanQuery.Builder()
            .add(term(visibility, Visibility.COURT_ONLY.name()), Occur.FILTER)
            .add(term(OWNER, reader.organisationCode()), Occur.FILTER)
            .build(), Occur.SHOULD)
        .build();
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }
}
