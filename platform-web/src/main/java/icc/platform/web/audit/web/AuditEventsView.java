package icc.platform.web.audit.web;

import icc.platform.web.audit.application.AuditSearch;
import icc.platform.web.audit.application.AuditSearch.Page;
import icc.platform.web.audit.domain.AuditQuery;
import icc.platform.web.security.PlatformRole;
import icc.platform.web.security.web.PageRoles;
import icc.platform.web.security.web.SessionView;
import icc.platform.web.shared.i18n.Languages;
import icc.platform.web.shared.i18n.UiText;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backing bean of {@code /app/audit/events.xhtml}: the search is a GET form (bookmarkable, no
 * script), read through view parameters. Auditors see every event; a State's focal point sees its
 * own organisation's (ReadScope); everybody else gets 403.
 */
@Named
@RequestScoped
public class AuditEventsView {

  @Inject SessionView session;
  @Inject AuditSearch search;

  private String organisation;
  private String user;
  private String action;
  private String object;
  private String from;
  private String to;
  private int offset;
  private Page page;
  private List<AuditEventRowView> rows = List.of();

  @PostConstruct
  void requireReader() {
    PageRoles.requireAny(session.getCaller(), UiText.of("audit", "refused.notReader"), PlatformRole.AUDITOR_NAME, PlatformRole.FOCAL_POINT_NAME);
  }

  /** View action: runs the search with the parameters of the request. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getResponseComplete()) {
      return;
    }
    AuditQuery query;
    try {
      query = criteria().toQuery();
    } catch (IllegalArgumentException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, invalidCriteria(e.getMessage()), null));
      return;
    }
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    page = search.search(session.getCaller(), query, offset, request.getRemoteAddr());
    List<AuditEventRowView> shown = new ArrayList<>();
    page.events().forEach(e -> shown.add(AuditEventRowView.of(e)));
    rows = shown;
  }

  /** An outcome ({@code success}, {@code failure}, {@code denied}) in the person's language. */
  public String outcomeLabel(String outcome) {
    return UiText.orElse("audit", "outcome." + outcome, outcome);
  }

  /**
   * What did not verify, in the person's language. The search writes its findings in English (the
   * command-line verifier and the API say the same); the page rewrites the ones it knows.
   */
  public List<String> getProblems() {
    if (page == null) {
      return List.of();
    }
    if (UiText.currentLocale().getLanguage().equals(Languages.DEFAULT.getLanguage())) {
      return page.problems();
    }
    long size = page.checkpoint().map(c -> c.treeSize()).orElse(0L);
    List<String> translated = new ArrayList<>();
    for (String problem : page.problems()) {
      if (problem.startsWith("Event ")) {
        continue; // rewritten below from the rows, which say which events are not included
      } else if (problem.startsWith("No checkpoint")) {
        translated.add(UiText.of("audit", "problem.noCheckpoint"));
      } else if (problem.contains("differs from its signed note")) {
        translated.add(UiText.of("audit", "problem.rootDiffers"));
      } else if (problem.contains("signature does not verify")) {
        translated.add(UiText.of("audit", "problem.signature"));
      } else {
        translated.add(problem);
      }
    }
    for (AuditEventRowView row : rows) {
      if (!row.included()) {
        translated.add(UiText.of("audit", "problem.notIncluded", row.leafIndex(), size));
      }
    }
    return translated;
  }

  /** A refused search criterion (from {@link AuditCriteria}), in the person's language. */
  private static String invalidCriteria(String message) {
    if (UiText.currentLocale().getLanguage().equals(Languages.DEFAULT.getLanguage())) {
      return message;
    }
    int colon = message.indexOf(':');
    String field = colon < 0 ? "" : UiText.orElse("audit", "field." + message.substring(0, colon), message.substring(0, colon));
    return message.contains("give a UTC time")
        ? UiText.of("audit", "invalid.time", field)
        : UiText.of("audit", "invalid.tooLong", field, AuditCriteria.MAX_FIELD);
  }

  AuditCriteria criteria() {
    return new AuditCriteria(organisation, user, action, object, from, to);
  }

  public boolean isSearched() {
    return page != null;
  }

  public boolean isVerified() {
    return page != null && page.verified();
  }

  public Page getPage() {
    return page;
  }

  public List<AuditEventRowView> getRows() {
    return rows;
  }

  public boolean isFocalPointScope() {
    return !session.getCaller().hasRole(PlatformRole.AUDITOR_NAME);
  }

  public boolean isHasPrevious() {
    return page != null && page.offset() > 0;
  }

  public boolean isHasNext() {
    return page != null && page.offset() + page.events().size() < page.total();
  }

  public int getPreviousOffset() {
    return Math.max(0, offset - AuditSearch.PAGE_SIZE);
  }

  public int getNextOffset() {
    return offset + AuditSearch.PAGE_SIZE;
  }

  public int getFirstShown() {
    return page == null || page.events().isEmpty() ? 0 : page.offset() + 1;
  }

  public int getLastShown() {
    return page == null ? 0 : page.offset() + page.events().size();
  }

  /** Where the export of this search downloads from (proofs to the checkpoint shown). */
  public String getExportHref() {
    return "/app/audit/export" + queryString(true);
  }

  public String getCheckpointHref() {
    return "/app/audit/checkpoint?size=" + page.checkpoint().orElseThrow().treeSize();
  }

  /** The search's parameters as a query string (for paging links and the export). */
  String queryString(boolean withSize) {
    Map<String, String> p = new LinkedHashMap<>();
    put(p, "organisation", organisation);
    put(p, "user", user);
    put(p, "action", action);
    put(p, "object", object);
    put(p, "from", from);
    put(p, "to", to);
    if (withSize && page != null && page.checkpoint().isPresent()) {
      p.put("size", Long.toString(page.checkpoint().get().treeSize()));
    }
    if (p.isEmpty()) {
      return "";
    }
    return "?" + p.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static void put(Map<String, String> p, String name, String value) {
    if (value != null && !value.isBlank()) {
      p.put(name, value.strip());
    }
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getObject() {
    return object;
  }

  public void setObject(String object) {
    this.object = object;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public int getOffset() {
    return offset;
  }

  public void setOffset(int offset) {
    this.offset = Math.max(0, offset);
  }
}
