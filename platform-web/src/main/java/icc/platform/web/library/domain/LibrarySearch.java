package icc.platform.web.library.domain;

import java.util.List;
import java.util.Map;

/**
 * Full-text search over the published versions a reader may see. Visibility is applied inside
 * the search itself (in the query, before ranking, paging and counting), so no result list and no
 * facet count can reveal an entry the reader may not see.
 */
public interface LibrarySearch {

  Result search(Reader reader, SearchQuery query);

  /** One page of matching versions, best first, with the total and facet counts. */
  record Result(List<Hit> hits, long total, Map<String, Map<String, Long>> facets) {}

  /**
   * A matching published version, its score, and the passage where the words matched (empty when
   * the search had no words or they matched nowhere worth showing).
   */
  record Hit(VersionListing version, double score, List<SearchTerms.Fragment> snippet) {}
}
