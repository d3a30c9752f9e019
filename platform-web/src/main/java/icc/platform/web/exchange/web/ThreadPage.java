package icc.platform.web.exchange.web;

import icc.platform.web.exchange.application.Requester;
import icc.platform.web.exchange.application.ThreadService;
import icc.platform.web.exchange.domain.ExchangeDocument;
import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.exchange.domain.ExchangeId;
import icc.platform.web.exchange.domain.Receipt;
import icc.platform.web.exchange.domain.ThreadAccess.Level;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Supplier;

/**
 * One thread, as its page shows it. Stateless between requests: the thread id travels in the
 * query string and in a hidden field of each form; every action redirects back (post/redirect/get).
 */
@Named
@RequestScoped
public class ThreadPage {

  @Inject ThreadService threads;
  @Inject HttpServletRequest request;

  private ThreadService.ThreadDetails details;
  private String problem;
  private String message;
  private String organisation;
  private String member;
  private String consentOrganisation;
  private String consentReason;
  private String forwardTarget;

  public String getId() {
    return request.getParameter("id");
  }

  /** The thread, loaded once per request (a read receipt and audit event each time the page is shown). */
  public ThreadService.ThreadDetails getDetails() {
    if (details == null && problem == null) {
      try {
        details = threads.read(requester(), ExchangeId.parse("id", getId()));
        long failed = details.messages().stream().filter(m -> !details.signatureOf(m).verified()).count();
        if (failed > 0 && FacesContext.getCurrentInstance() != null) {
          FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
              failed + " message(s) in this thread failed signature verification: do not rely on them."
                  + " The operators have been alerted.", null));
        }
      } catch (ExchangeException e) {
        problem = ExchangeTexts.refusal(e);
      }
    }
    return details;
  }

  /**
   * "signed" if the message's signature verified again as the page was built, otherwise
   * "SIGNATURE FAILED" (for the thread page's message line, instead of a fixed "signed").
   */
  public String signatureLabel(icc.platform.web.exchange.domain.ExchangeMessage m) {
    return getDetails() != null && details.signatureOf(m).verified() ? "signed" : "SIGNATURE FAILED";
  }

  public icc.platform.web.exchange.domain.ExchangeThread getThread() {
    return getDetails() == null ? null : details.thread();
  }

  public String getProblem() {
    getDetails();
    return problem;
  }

  public boolean isMayWrite() {
    return getDetails() != null && details.access().atLeast(Level.WRITE);
  }

  public boolean isMayManage() {
    return getDetails() != null && details.access() == Level.MANAGE;
  }

  public boolean isOriginator() {
    return getDetails() != null && details.thread().isOriginator(requester().organisationCode());
  }

  public List<Receipt> getReceipts() {
    if (getDetails() == null) {
      return List.of();
    }
    try {
      return threads.receipts(requester(), details.thread().id());
    } catch (ExchangeException e) {
      return List.of();
    }
  }

  public String fileName(String documentId) {
    return getDetails() == null ? "" : details.documents().stream().filter(d -> d.id().value().equals(documentId))
        .map(ExchangeDocument::fileName).findFirst().orElse(ExchangeTexts.text("receipts.wholeThread"));
  }

  public String getUploadToken() {
    return WebRequester.uploadToken(request.getSession());
  }

  public String postMessage() {
    return act(() -> threads.postMessage(requester(), id(), message), ExchangeTexts.text("done.message"));
  }

  public String addParticipant() {
    return act(() -> threads.addParticipant(requester(), id(), organisation), ExchangeTexts.text("done.participant"));
  }

  public String addMember() {
    return act(() -> threads.addMember(requester(), id(), member), ExchangeTexts.text("done.member"));
  }

  public String askConsent() {
    return act(() -> threads.askConsent(requester(), id(), consentOrganisation, consentReason), ExchangeTexts.text("done.consentAsked"));
  }

  public String answer(String consentId, boolean granted) {
    return act(() -> threads.answerConsent(requester(), id(), ExchangeId.parse("consent", consentId), granted),
        ExchangeTexts.text(granted ? "done.consentGiven" : "done.consentRefused"));
  }

  public String forward(String documentId) {
    return act(() -> threads.forward(requester(), id(), ExchangeId.parse("document", documentId),
        ExchangeId.parse("thread", forwardTarget)), ExchangeTexts.text("done.forwarded"));
  }

  private String act(Supplier<?> action, String done) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.get();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
      return "/app/threads/thread?faces-redirect=true&id=" + id().value();
    } catch (ExchangeException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ExchangeTexts.refusal(e), null));
      return null;
    }
  }

  private ExchangeId id() {
    return ExchangeId.parse("id", getId());
  }

  private Requester requester() {
    return WebRequester.of(request);
  }

  public String getMessage() { return message; }
  public void setMessage(String v) { message = v; }
  public String getOrganisation() { return organisation; }
  public void setOrganisation(String v) { organisation = v; }
  public String getMember() { return member; }
  public void setMember(String v) { member = v; }
  public String getConsentOrganisation() { return consentOrganisation; }
  public void setConsentOrganisation(String v) { consentOrganisation = v; }
  public String getConsentReason() { return consentReason; }
  public void setConsentReason(String v) { consentReason = v; }
  public String getForwardTarget() { return forwardTarget; }
  public void setForwardTarget(String v) { forwardTarget = v; }
}
