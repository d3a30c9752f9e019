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
      WebCaller.error(null, WebCaller.text("library", "entry.noEntry"));
      return;
    }
    try {
      entry = library.entry(WebCaller.current(), id);
      version = v == null ? entry.shown() : library.version(WebCaller.current(), id, v);
    } catch (LibraryException e) {
      WebCaller.error(null, e.getMessage());
    }
  }

  /** Whether the caller may attach files here: a contributor of the owner, on a pending version. */
  public boolean isMayAttach() {
    return entry != null && version != null && entry.mayPropose()
        && version.status() == icc.platform.web.library.domain.ModerationStatus.PENDING;
  }

  /**
   * Whether to offer the withdrawal: the pending version was submitted by the caller (the domain
   * checks the same person by realm and subject; this only decides whether to show the button).
   */
  public boolean isMayWithdraw() {
    if (!isMayAttach()) {
      return false;
    }
    var caller = WebCaller.current();
    return caller.organisationCode().equals(version.contributorOrganisation())
        && caller.username().equals(version.contributorName());
  }

  public Long getShownEntryId() { return version == null ? null : version.entryId(); }
  public Integer getShownVersion() { return version == null ? null : version.number(); }

  public String getUploadToken() {
    return icc.platform.web.exchange.web.WebRequester.uploadToken(
        ((jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext().getRequest()).getSession());
  }

  /** The contributor withdraws their pending version (the form names entry and version). */
  public String withdraw() {
    Map<String, String> params =
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      long entryId = Long.parseLong(params.get("entry"));
      int number = Integer.parseInt(params.get("version"));
      library.withdraw(WebCaller.current(), entryId, number, WebCaller.address());
      jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      WebCaller.info(WebCaller.text("library", "entry.withdrawn", number));
      return "/app/library/entry.xhtml?faces-redirect=true&id=" + entryId;
    } catch (NumberFormatException e) {
      WebCaller.error(null, WebCaller.text("library", "entry.noEntry"));
    } catch (LibraryException e) {
      WebCaller.error(null, e.getMessage());
    }
    return null;
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
