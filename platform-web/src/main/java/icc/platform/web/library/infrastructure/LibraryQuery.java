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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A library search as one Lucene query: the reader's visibility and the facet filters as filter
 * clauses, the words as a scored clause. The same query object ranks and pages the hits (through
 * Hibernate Search) and is counted for the total and the facets ({@link LibraryFacets}), so no
 * list, total or facet count can include an entry the reader may not see (issue 8: "a search never
 * returns an entry the caller may not see").
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
 * weighing twice. Words are looked up in the title and the content (summary and text together),
 * each in the English and the French analysis.
 */
final class LibraryQuery {

  /** Fields searched for words, with their weight: a title match weighs twice. */
  static final Map<String, Float> WORD_FIELDS = Map.of(
      path(TITLE + "_en"), 2f, path(TITLE + "_fr"), 2f, path(CONTENT + "_en"), 1f, path(CONTENT + "_fr"), 1f);

  /**
   * Fields of the query the snippets are highlighted with: the stored texts the content fields
   * are made of, and the title. Not the content fields: they are neither stored nor highlightable.
   * The title must be there although it is not highlighted: the highlighter evaluates the whole
   * query, so a required word ({@code +word}) found only in the title must match there, or no
   * field of the hit gets a passage (LibrarySearchIndexIT, with a marker in the title).
   */
  static final Map<String, Float> HIGHLIGHT_QUERY_FIELDS = Map.of(
      path(TITLE + "_en"), 2f, path(TITLE + "_fr"), 2f,
      path(SUMMARY + "_en"), 1f, path(SUMMARY + "_fr"), 1f, path(TEXT + "_en"), 1f, path(TEXT + "_fr"), 1f);

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
    HIGHLIGHT_QUERY_FIELDS.keySet().forEach(field -> byField.put(field, field.endsWith("_fr") ? french : english));
    this.analyzer = new PerFieldAnalyzerWrapper(english, byField);
  }

  Query of(Reader reader, SearchQuery query) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(visibleTo(reader), Occur.FILTER);
    Query words = words(query);
    all.add(words == null ? new MatchAllDocsQuery() : words, Occur.MUST);
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

  /** The words, as searched, or null when there are none. */
  private Query words(SearchQuery query) {
    return words(query, WORD_FIELDS);
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
