package icc.platform.web.exchange.web;

import icc.platform.web.exchange.application.ThreadService;
import icc.platform.web.exchange.domain.Classification;
import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.exchange.domain.ExchangeThread;
import icc.platform.web.exchange.domain.HandlingCode;
import icc.platform.web.exchange.domain.Notice;
import icc.platform.web.exchange.domain.NoticeType;
import icc.platform.web.exchange.domain.ThreadKind;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The "new thread" form (DISCUSSION or NOTICE). */
@Named
@RequestScoped
public class NewThreadForm {

  @Inject ThreadService threads;
  @Inject OrganisationRepository organisations;
  @Inject HttpServletRequest request;

  private String kind = ThreadKind.DISCUSSION.name();
  private String subject;
  private String classification = Classification.RESTRICTED.name();
  private String handlingCode = HandlingCode.H0.name();
  private String handlingConditions;
  private List<String> participants = new ArrayList<>();
  private String message;
  private String noticeType = NoticeType.WARRANT_SUBJECT_TRAVEL.name();
  private String personReference;
  private String from;
  private String to;
  private String places;
  private String source;

  /** Organisations one can exchange with: active, not the operators, not one's own. */
  public List<Organisation> getOrganisations() {
    String own = WebRequester.of(request).organisationCode();
    return organisations.findAll().stream()
        .filter(Organisation::isActive)
        .filter(o -> o.kind() != OrganisationKind.PLATFORM_OPERATOR)
        .filter(o -> !o.code().value().equals(own))
        .toList();
  }

  public String open() {
    try {
      ThreadKind k = ThreadKind.valueOf(kind);
      Notice notice = k == ThreadKind.NOTICE
          ? Notice.of(NoticeType.valueOf(noticeType), personReference, date("notice.from", from), date("notice.to", to), places, source)
          : null;
      ExchangeThread t = threads.open(WebRequester.of(request), new ThreadService.OpenThread(k, subject,
          Classification.valueOf(classification), HandlingCode.valueOf(handlingCode), handlingConditions, participants,
          notice, message));
      return "/app/threads/thread?faces-redirect=true&id=" + t.id().value();
    } catch (ExchangeException e) {
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ExchangeTexts.refusal(e), null));
      return null;
    }
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new ExchangeException.InvalidInput(field, "a date as yyyy-mm-dd");
    }
  }

  public ThreadKind[] getKinds() {
    return new ThreadKind[] {ThreadKind.DISCUSSION, ThreadKind.NOTICE};
  }

  public Classification[] getClassifications() {
    return Classification.values();
  }

  public HandlingCode[] getHandlingCodes() {
    return HandlingCode.values();
  }

  public NoticeType[] getNoticeTypes() {
    return NoticeType.values();
  }

  public String getKind() { return kind; }
  public void setKind(String v) { kind = v; }
  public String getSubject() { return subject; }
  public void setSubject(String v) { subject = v; }
  public String getClassification() { return classification; }
  public void setClassification(String v) { classification = v; }
  public String getHandlingCode() { return handlingCode; }
  public void setHandlingCode(String v) { handlingCode = v; }
  public String getHandlingConditions() { return handlingConditions; }
  public void setHandlingConditions(String v) { handlingConditions = v; }
  public List<String> getParticipants() { return participants; }
  public void setParticipants(List<String> v) { participants = v; }
  public String getMessage() { return message; }
  public void setMessage(String v) { message = v; }
  public String getNoticeType() { return noticeType; }
  public void setNoticeType(String v) { noticeType = v; }
  public String getPersonReference() { return personReference; }
  public void setPersonReference(String v) { personReference = v; }
  public String getFrom() { return from; }
  public void setFrom(String v) { from = v; }
  public String getTo() { return to; }
  public void setTo(String v) { to = v; }
  public String getPlaces() { return places; }
  public void setPlaces(String v) { places = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
}
