package icc.platform.web.request.web;

import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.exchange.domain.ExchangeId;
import icc.platform.web.request.application.RequestDetails;
import icc.platform.web.request.application.RequestService;
import icc.platform.web.request.domain.ActionInput;
import icc.platform.web.request.domain.Asset;
import icc.platform.web.request.domain.AssetEvent;
import icc.platform.web.request.domain.AssetReport;
import icc.platform.web.request.domain.AssetStatus;
import icc.platform.web.request.domain.ChallengeCode;
import icc.platform.web.request.domain.ChallengeInput;
import icc.platform.web.request.domain.RequestAction;
import icc.platform.web.request.domain.RequestException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One request as its page shows it: timeline, subjects, assets with their events, and the actions
 * the caller may take now as buttons. Stateless between requests (the id travels in the query
 * string and a hidden field); every action redirects back (post/redirect/get).
 */
@Named
@RequestScoped
public class RequestPage {

  @Inject RequestService service;
  @Inject HttpServletRequest request;

  private RequestDetails details;
  private String problem;
  private String reason;
  private String date;
  private String challengeCode;
  private String reportStatus;
  private String reportDate;
  private String reportValue;
  private String reportCurrency;
  private String reportAuthority;
  private String reportText;

  public String getId() {
    return request.getParameter("id");
  }

  public RequestDetails getDetails() {
    if (details == null && problem == null) {
      try {
        details = service.read(WebRequests.requester(request), ExchangeId.parse("id", getId()));
      } catch (RequestException | ExchangeException e) {
        problem = e.getMessage();
      }
    }
    return details;
  }

  public String getProblem() {
    getDetails();
    return problem;
  }

  public List<AssetEvent> events(Asset a) {
    return getDetails() == null ? List.of() : details.assetEvents().stream().filter(e -> e.assetId().equals(a.id())).toList();
  }

  public List<AssetStatus> next(Asset a) {
    return a.status().next().stream().toList();
  }

  public List<ChallengeCode> getChallengeCodes() {
    return Arrays.asList(ChallengeCode.values());
  }

  public String act(RequestAction action) {
    return run(() -> {
      List<ChallengeInput> challenges = challengeCode == null || challengeCode.isBlank() ? List.of()
          : List.of(new ChallengeInput(DraftForm.parse(ChallengeCode.class, "challengeCode", challengeCode), "", null));
      return service.act(WebRequests.requester(request), id(), action,
          new ActionInput(reason, DraftForm.date("date", date), challenges));
    }, action + " recorded and signed.");
  }

  public String report(String assetId) {
    return run(() -> service.reportAsset(WebRequests.requester(request), id(), ExchangeId.parse("asset", assetId),
        new AssetReport(DraftForm.parse(AssetStatus.class, "status", reportStatus), DraftForm.date("effectiveDate", reportDate),
            DraftForm.amount("value", reportValue), reportCurrency, reportAuthority, reportText, null)), "Report recorded.");
  }

  private String run(Supplier<?> action, String done) {
    try {
      action.get();
      WebRequests.done(done);
      return "/app/requests/request?faces-redirect=true&id=" + id().value();
    } catch (RequestException | ExchangeException e) {
      WebRequests.error(e.getMessage());
      return null;
    }
  }

  private ExchangeId id() {
    return ExchangeId.parse("id", getId());
  }

  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
  public String getDate() { return date; }
  public void setDate(String v) { date = v; }
  public String getChallengeCode() { return challengeCode; }
  public void setChallengeCode(String v) { challengeCode = v; }
  public String getReportStatus() { return reportStatus; }
  public void setReportStatus(String v) { reportStatus = v; }
  public String getReportDate() { return reportDate; }
  public void setReportDate(String v) { reportDate = v; }
  public String getReportValue() { return reportValue; }
  public void setReportValue(String v) { reportValue = v; }
  public String getReportCurrency() { return reportCurrency; }
  public void setReportCurrency(String v) { reportCurrency = v; }
  public String getReportAuthority() { return reportAuthority; }
  public void setReportAuthority(String v) { reportAuthority = v; }
  public String getReportText() { return reportText; }
  public void setReportText(String v) { reportText = v; }
}
