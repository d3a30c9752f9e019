package icc.platform.web.library.api;

import icc.platform.web.library.application.LibraryService;
import icc.platform.web.library.application.LibraryViews;
import icc.platform.web.library.domain.DocumentType;
import icc.platform.web.library.domain.LibraryException;
import icc.platform.web.library.domain.SearchQuery;
import icc.platform.web.library.domain.SearchTerms;
import icc.platform.web.library.domain.Topic;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The library search page: a GET form (bookmarkable), results with highlights, and facets. */
@Named
@RequestScoped
public class LibrarySearchPage {

  @Inject LibraryService library;

  private String q;
  private String jurisdiction;
  private String topic;
  private String type;
  private String language;
  private String year;
  private LibraryViews.SearchPage page;

  /** Runs the search (f:viewAction). */
  public void load() {
    try {
      page = library.search(WebCaller.current(), new SearchQuery(
          SearchTerms.parse(q), blankToNull(jurisdiction),
          blank(topic) ? null : EntryRequest.parse(Topic.class, "topic", topic),
          blank(type) ? null : EntryRequest.parse(DocumentType.class, "type", type),
          blankToNull(language), blank(year) ? null : parseYear(year), null, 0, 50));
    } catch (LibraryException e) {
      WebCaller.error(null, e.getMessage());
    }
  }

  /** The same search with one filter set (or cleared, when value is null). */
  public String link(String filter, String value) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", q);
    params.put("jurisdiction", jurisdiction);
    params.put("topic", topic);
    params.put("type", type);
    params.put("language", language);
    params.put("year", year);
    params.put(filter, value);
    StringBuilder url = new StringBuilder("search.xhtml?");
    params.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
      }
    });
    return url.substring(0, url.length() - 1);
  }

  public List<Map.Entry<String, Map<String, Long>>> getFacets() {
    return page == null ? List.of() : List.copyOf(page.facets().entrySet());
  }

  public List<Map.Entry<String, Long>> entries(Map<String, Long> counts) {
    return List.copyOf(counts.entrySet());
  }

  /** A facet value as people read it: topics and types by their label in the page's language. */
  public String facetLabel(String facet, String value) {
    return switch (facet) {
      case "topic", "type" -> WebCaller.text("library", facet + "." + value);
      default -> value;
    };
  }

  public Topic[] getTopics() { return Topic.values(); }
  public DocumentType[] getTypes() { return DocumentType.values(); }

  private static Integer parseYear(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new LibraryException.InvalidInput("year", "the year is a number such as 2024");
    }
  }

  private static boolean blank(String s) { return s == null || s.isBlank(); }
  private static String blankToNull(String s) { return blank(s) ? null : s; }

  public LibraryViews.SearchPage getPage() { return page; }
  public String getQ() { return q; }
  public void setQ(String q) { this.q = q; }
  public String getJurisdiction() { return jurisdiction; }
  public void setJurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; }
  public String getTopic() { return topic; }
  public void setTopic(String topic) { this.topic = topic; }
  public String getType() { return type; }
  public void setType(String type) { this.type = type; }
  public String getLanguage() { return language; }
  public void setLanguage(String language) { this.language = language; }
  public String getYear() { return year; }
  public void setYear(String year) { this.year = year; }
}
