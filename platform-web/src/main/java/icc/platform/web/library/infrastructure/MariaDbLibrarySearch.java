package icc.platform.web.library.infrastructure;

import icc.platform.web.library.domain.LibrarySearch;
import icc.platform.web.library.domain.Reader;
import icc.platform.web.library.domain.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Library search on MariaDB's InnoDB FULLTEXT indexes (docs/library.md says why: the index lives
 * in the database, so every node of a cluster sees the same, transactionally current index, and
 * Galera replicates it like any other data).
 *
 * <p>Only published (current, approved) versions are searched, and the reader's visibility is a
 * condition of the same SQL statement that ranks, pages and counts: a Court-only entry is never
 * in a State's results nor in its facet counts. The words go in as one bound parameter in boolean
 * mode ({@link icc.platform.web.library.domain.SearchTerms#booleanQuery()}: letters and digits
 * only, each followed by {@code *}). Ranking: a match in the title counts twice, plus the match
 * over title, summary, summaries in other languages and the files' text.
 */
@ApplicationScoped
public class MariaDbLibrarySearch implements LibrarySearch {

  private static final String ALL_COLUMNS = "v.title, v.summary, v.search_text";

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Override
  public Result search(Reader reader, SearchQuery query) {
    boolean words = !query.terms().isEmpty();
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(
            " FROM library_entry e JOIN library_entry_version v ON v.id = e.current_version_id WHERE ");
    if (reader.isAnonymous()) {
      // Without signing in: public entries only (Reader.maySeePublished says the same).
      where.append("v.visibility = 'PUBLIC'");
    } else {
      where.append("(v.visibility IN ('ALL_ORGANISATIONS', 'PUBLIC')"
          + " OR (v.visibility = 'COURT_ONLY' AND (:court = 1 OR e.owner_organisation = :org)))");
      params.put("court", reader.court() ? 1 : 0);
      params.put("org", reader.organisationCode());
    }
    if (words) {
      where.append(" AND MATCH(" + ALL_COLUMNS + ") AGAINST (:q IN BOOLEAN MODE)");
      params.put("q", query.terms().booleanQuery());
    }
    if (query.jurisdiction() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM library_version_jurisdiction j"
          + " WHERE j.version_id = v.id AND j.jurisdiction = :jurisdiction)");
      params.put("jurisdiction", query.jurisdiction());
    }
    if (query.topic() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM library_version_topic t"
          + " WHERE t.version_id = v.id AND t.topic = :topic)");
      params.put("topic", query.topic().name());
    }
    if (query.language() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM library_version_language l"
          + " WHERE l.version_id = v.id AND l.language = :language)");
      params.put("language", query.language());
    }
    if (query.type() != null) {
      where.append(" AND v.document_type = :type");
      params.put("type", query.type().name());
    }
    if (query.year() != null) {
      where.append(" AND v.document_date >= :yearStart AND v.document_date < :yearEnd");
      params.put("yearStart", java.time.LocalDate.of(query.year(), 1, 1));
      params.put("yearEnd", java.time.LocalDate.of(query.year() + 1, 1, 1));
    }

    String score =
        words
            ? "(2 * MATCH(v.title) AGAINST (:q IN BOOLEAN MODE) + MATCH(" + ALL_COLUMNS
                + ") AGAINST (:q IN BOOLEAN MODE))"
            : "0";
    String order =
        switch (query.sort()) {
          case RELEVANCE -> " ORDER BY score DESC, v.document_date DESC, e.id DESC";
          case NEWEST -> " ORDER BY v.document_date IS NULL, v.document_date DESC, e.id DESC";
          case TITLE -> " ORDER BY v.title, e.id";
        };
    Query page = em.createNativeQuery("SELECT e.id, v.id, " + score + " AS score" + where + order);
    bind(page, params).setFirstResult(query.offset()).setMaxResults(query.limit());
    List<Hit> hits =
        ((List<?>) page.getResultList())
            .stream()
                .map(r -> (Object[]) r)
                .map(r -> new Hit(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).doubleValue()))
                .toList();

    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    String ids = "SELECT v.id" + where;
    facets.put("jurisdiction", facet(
        "SELECT f.jurisdiction, COUNT(*) FROM library_version_jurisdiction f WHERE f.version_id IN (" + ids
            + ") GROUP BY f.jurisdiction ORDER BY COUNT(*) DESC, f.jurisdiction", params));
    facets.put("topic", facet(
        "SELECT f.topic, COUNT(*) FROM library_version_topic f WHERE f.version_id IN (" + ids
            + ") GROUP BY f.topic ORDER BY COUNT(*) DESC, f.topic", params));
    facets.put("type", facet(
        "SELECT v.document_type, COUNT(*)" + where + " GROUP BY v.document_type ORDER BY COUNT(*) DESC, v.document_type", params));
    facets.put("language", facet(
        "SELECT f.language, COUNT(*) FROM library_version_language f WHERE f.version_id IN (" + ids
            + ") GROUP BY f.language ORDER BY COUNT(*) DESC, f.language", params));
    facets.put("year", facet(
        "SELECT CAST(YEAR(v.document_date) AS CHAR), COUNT(*)" + where
            + " AND v.document_date IS NOT NULL GROUP BY YEAR(v.document_date) ORDER BY YEAR(v.document_date) DESC", params));
    // Every version has exactly one document type, so the type facet adds up to the total: one
    // full-text evaluation less per search (each costs about 8 µs per matching entry: docs/benchmarks.md).
    long total = facets.get("type").values().stream().mapToLong(Long::longValue).sum();
    return new Result(hits, total, facets);
  }

  private Map<String, Long> facet(String sql, Map<String, Object> params) {
    Map<String, Long> counts = new LinkedHashMap<>();
    ((List<?>) bind(em.createNativeQuery(sql), params).getResultList())
        .forEach(r -> {
          Object[] row = (Object[]) r;
          counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        });
    return counts;
  }

  private static Query bind(Query query, Map<String, Object> params) {
    params.forEach(query::setParameter);
    return query;
  }
}
