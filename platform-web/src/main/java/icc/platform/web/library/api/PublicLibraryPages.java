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
import java.util.List;
import java.util.Map;

/**
 * The public library pages ({@code /public/library/}): search and read the entries marked
 * PUBLIC without signing in. Read-only; the same service and visibility rule as the public API
 * (an anonymous reader sees PUBLIC published versions and nothing else).
 */
@Named
@RequestScoped
public class PublicLibraryPages {

  @Inject LibraryService library;

  private String q;
  private String topic;
  private String type;
  private Long id;
  private Integer v;
  private LibraryViews.SearchPage page;
  private LibraryViews.Entry entry;
  private LibraryViews.Version version;

  /** Runs the search (f:viewAction of search.xhtml). */
  public void search() {
    try {
      page = library.searchPublic(new SearchQuery(
          SearchTerms.parse(q), null,
          blank(topic) ? null : EntryRequest.parse(Topic.class, "topic", topic),
          blank(type) ? null : EntryRequest.parse(DocumentType.class, "type", type),
          null, null, null, 0, 50));
    } catch (LibraryException e) {
      WebCaller.error(null, e.getMessage());
    }
  }

  /** Loads one public entry (f:viewAction of entry.xhtml). */
  public void load() {
    if (id == null) {
      WebCaller.error(null, WebCaller.text("library", "entry.noEntry"));
      return;
    }
    try {
      entry = library.publicEntry(id);
      version = v == null ? entry.shown() : library.publicVersion(id, v);
    } catch (LibraryException e) {
      WebCaller.error(null, e.getMessage());
    }
  }

  public List<Map.Entry<String, String>> getOtherSummaries() {
    return version == null ? List.of() : List.copyOf(version.otherSummaries().entrySet());
  }

  public Topic[] getTopics() { return Topic.values(); }
  public DocumentType[] getTypes() { return DocumentType.values(); }

  private static boolean blank(String s) { return s == null || s.isBlank(); }

  public String getQ() { return q; }
  public void setQ(String q) { this.q = q; }
  public String getTopic() { return topic; }
  public void setTopic(String topic) { this.topic = topic; }
  public String getType() { return type; }
  public void setType(String type) { this.type = type; }
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Integer getV() { return v; }
  public void setV(Integer v) { this.v = v; }
  public LibraryViews.SearchPage getPage() { return page; }
  public LibraryViews.Entry getEntry() { return entry; }
  public LibraryViews.Version getVersion() { return version; }
}
