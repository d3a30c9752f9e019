package icc.platform.web.library.api;

import icc.platform.web.library.application.LibraryService;
import icc.platform.web.library.application.LibraryViews;
import icc.platform.web.library.domain.LibraryException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** One entry: the chosen (or published) version, its files, and the version history. */
@Named
@RequestScoped
public class LibraryEntryPage {

  @Inject LibraryService library;

  private Long id;
  private Integer v;
  private LibraryViews.Entry entry;
  private LibraryViews.Version version;

  public void load() {
    if (id == null) {
      WebCaller.error(null, "No entry chosen");
      return;
    }
    try {
      entry = library.entry(WebCaller.current(), id);
      version = v == null ? entry.shown() : library.version(WebCaller.current(), id, v);
    } catch (LibraryException e) {
      WebCaller.error(null, e.getMessage());
    }
  }

  public List<Map.Entry<String, String>> getOtherSummaries() {
    return version == null ? List.of() : List.copyOf(version.otherSummaries().entrySet());
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Integer getV() { return v; }
  public void setV(Integer v) { this.v = v; }
  public LibraryViews.Entry getEntry() { return entry; }
  public LibraryViews.Version getVersion() { return version; }
}
