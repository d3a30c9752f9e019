package icc.platform.web.library.api;

import icc.platform.web.library.application.LibraryService;
import icc.platform.web.library.application.LibraryViews;
import icc.platform.web.library.domain.LibraryException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The reviewers' queue. Each decision names its entry and version as request parameters of its
 * own form, so a queue that changed since the page was drawn cannot make a click decide on
 * another version.
 */
@Named
@RequestScoped
public class ModerationPage {

  @Inject LibraryService library;

  private String reason;
  private List<LibraryViews.QueueItem> queue;

  public List<LibraryViews.QueueItem> getQueue() {
    if (queue == null) {
      try {
        queue = library.moderationQueue(WebCaller.current());
      } catch (LibraryException e) {
        WebCaller.error(null, e.getMessage());
        queue = List.of();
      }
    }
    return queue;
  }

  public String approve() {
    return decide(true);
  }

  public String reject() {
    return decide(false);
  }

  private String decide(boolean approve) {
    Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      long entry = Long.parseLong(params.get("entry"));
      int version = Integer.parseInt(params.get("version"));
      if (approve) {
        library.approve(WebCaller.current(), entry, version, null, WebCaller.address());
        WebCaller.info(WebCaller.text("library", "moderation.approved", version, entry));
      } else {
        library.reject(WebCaller.current(), entry, version, reason, WebCaller.address());
        WebCaller.info(WebCaller.text("library", "moderation.rejected", version, entry));
      }
      queue = null;
    } catch (NumberFormatException e) {
      WebCaller.error(null, WebCaller.text("library", "moderation.noVersion"));
    } catch (LibraryException e) {
      WebCaller.error(null, e.getMessage());
    }
    return null;
  }

  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
