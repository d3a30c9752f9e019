package icc.platform.web.request.web;

import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.exchange.domain.ThreadAccess;
import icc.platform.web.request.application.RequestClock;
import icc.platform.web.request.application.RequestEntry;
import icc.platform.web.request.application.RequestService;
import icc.platform.web.request.domain.CooperationRequest;
import icc.platform.web.request.domain.RequestException;
import icc.platform.web.request.domain.Side;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The requests page: what the organisation sent (with drafts) and received (overdue ones highlighted). */
@Named
@RequestScoped
public class RequestListView {

  @Inject RequestService service;
  @Inject RequestClock clock;
  @Inject HttpServletRequest request;

  private List<RequestEntry> entries;

  public List<RequestEntry> getEntries() {
    if (entries == null) {
      try {
        entries = isMaySee() ? service.list(WebRequests.requester(request), null) : List.of();
      } catch (RequestException | ExchangeException e) {
        entries = List.of();
      }
    }
    return entries;
  }

  public List<RequestEntry> getSent() {
    return getEntries().stream().filter(e -> e.side() == Side.REQUESTING).toList();
  }

  public List<RequestEntry> getReceived() {
    return getEntries().stream().filter(e -> e.side() == Side.REQUESTED).toList();
  }

  public boolean isMaySee() {
    return ThreadAccess.CONTENT_ROLES.stream().anyMatch(WebRequests.requester(request).caller()::hasRole);
  }

  public boolean isMayDraft() {
    var caller = WebRequests.requester(request).caller();
    return caller.hasRole(CooperationRequest.actingRole(caller.organisationCode()));
  }

  /** Days since submission (or creation, for a draft). */
  public long age(CooperationRequest r) {
    Instant since = r.submittedAt() != null ? r.submittedAt() : r.createdAt();
    return Duration.between(since, clock.now()).toDays();
  }
}
