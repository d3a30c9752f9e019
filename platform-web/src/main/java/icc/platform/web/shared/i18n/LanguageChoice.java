package icc.platform.web.shared.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language a person chose for this session (the page template applies it with {@code <f:view
 * locale="#{language.locale}">} and {@code <html lang="#{language.tag}">}). Holds one language tag:
 * small and serializable, so the session still replicates in a deployment group.
 *
 * <p>The session survives login (the callback rotates the session id, it does not start a new
 * session), so a choice made on the start page holds on the pages after login; the cookie set by
 * {@link LanguageFilter} carries it over logout and to the next visit.
 */
@Named("language")
@SessionScoped
public class LanguageChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The chosen language tag, or null while the person has not chosen. */
  private String chosen;

  /** Records the person's choice for the rest of the session. */
  public void choose(Locale locale) {
    chosen = Languages.supported(locale.toLanguageTag()).orElse(Languages.DEFAULT).toLanguageTag();
  }

  /** The language of this request: the choice, else the cookie, else Accept-Language. */
  public Locale locale(HttpServletRequest request) {
    if (chosen != null) {
      return Locale.forLanguageTag(chosen);
    }
    return request == null ? Languages.DEFAULT : Languages.forRequest(request);
  }

  /** For pages: the language of the Faces request being rendered. */
  public Locale getLocale() {
    return locale(currentRequest());
  }

  /** For {@code <html lang>}: a BCP 47 tag such as {@code fr}. */
  public String getTag() {
    return getLocale().toLanguageTag();
  }

  /** The switch: one entry per language, the current one marked, each a link to this page. */
  public List<Option> getOptions() {
    Locale current = getLocale();
    HttpServletRequest request = currentRequest();
    List<Option> options = new ArrayList<>();
    for (Locale locale : Languages.SUPPORTED) {
      options.add(new Option(locale.toLanguageTag(), Languages.nativeName(locale),
          switchHref(request, locale), locale.equals(current)));
    }
    return options;
  }

  /** One language of the switch. */
  public record Option(String tag, String name, String href, boolean current) {}

  /** This page's address (its query string kept) with {@code lang=<tag>}; GET, so no form needed. */
  static String switchHref(HttpServletRequest request, Locale locale) {
    String query = request == null ? null : LanguageFilter.withoutLanguage(request.getQueryString());
    String path = request == null ? "" : request.getRequestURI();
    String lang = Languages.PARAMETER + "=" + locale.toLanguageTag();
    return path + "?" + (query == null || query.isEmpty() ? lang : query + "&" + lang);
  }

  private static HttpServletRequest currentRequest() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? null : (HttpServletRequest) faces.getExternalContext().getRequest();
  }
}
