package icc.platform.web.request.web;

import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.exchange.domain.ExchangeId;
import icc.platform.web.exchange.domain.HandlingCode;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.request.application.NewRequest;
import icc.platform.web.request.application.RequestDetails;
import icc.platform.web.request.application.RequestService;
import icc.platform.web.request.domain.ActionInput;
import icc.platform.web.request.domain.AssetData;
import icc.platform.web.request.domain.AssetKind;
import icc.platform.web.request.domain.CompletenessCheck;
import icc.platform.web.request.domain.CooperationRequest;
import icc.platform.web.request.domain.Finding;
import icc.platform.web.request.domain.RequestAction;
import icc.platform.web.request.domain.RequestContent;
import icc.platform.web.request.domain.RequestException;
import icc.platform.web.request.domain.RequestStatus;
import icc.platform.web.request.domain.RequestType;
import icc.platform.web.request.domain.SubjectData;
import icc.platform.web.request.domain.SubjectKind;
import icc.platform.web.request.domain.Urgency;
import icc.platform.web.security.web.PageRoles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The drafting form: the request's fields, subjects and assets added and removed in place, and
 * the completeness check re-run on every change (art. 96(2), 93(1)(k)), before anything is saved.
 * View-scoped: the rows live between the ajax calls of one page.
 */
@Named
@ViewScoped
public class DraftForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RequestService service;
  @Inject OrganisationRepository organisations;
  @Inject HttpServletRequest request;

  private String id;
  private String title = "";
  private List<String> requested = new ArrayList<>();
  private String handlingCode = HandlingCode.H2.name();
  private String type = RequestType.TRACE_ASSETS.name();
  private String otherAssistance = "";
  private String legalBasis = "";
  private String situationRef = "";
  private String caseRef = "";
  private String decisionRef = "";
  private String decisionDate = "";
  private String requestingUnit = "";
  private String urgency = Urgency.ROUTINE.name();
  private String deadline = "";
  private String purpose = "";
  private String facts = "";
  private String procedureNotes = "";
  private String language = "en";
  private final List<SubjectRow> subjects = new ArrayList<>();
  private final List<AssetRow> assets = new ArrayList<>();

  /** Loads the draft named by {@code ?id=} (the requesting side's, still a draft), or starts a new one. */
  @PostConstruct
  void load() {
    String param = request.getParameter("id");
    if (param == null || param.isBlank()) {
      return;
    }
    try {
      RequestDetails d = service.read(WebRequests.requester(request), ExchangeId.parse("id", param));
      CooperationRequest r = d.request();
      if (r.status() != RequestStatus.DRAFT || d.side() != icc.platform.web.request.domain.Side.REQUESTING) {
        return;
      }
      id = r.id();
      title = d.thread().subject();
      requested = new ArrayList<>(List.of(r.requestedOrg()));
      handlingCode = d.thread().handlingCode().name();
      RequestContent c = r.content();
      type = c.type().name();
      otherAssistance = c.otherAssistance();
      legalBasis = c.legalBasis();
      situationRef = c.situationRef();
      caseRef = c.caseRef();
      decisionRef = c.decisionRef();
      decisionDate = text(c.decisionDate());
      requestingUnit = c.requestingUnit();
      urgency = c.urgency().name();
      deadline = text(c.deadline());
      purpose = c.purpose();
      facts = c.facts();
      procedureNotes = c.procedureNotes();
      language = c.language();
      c.subjects().forEach(s -> subjects.add(SubjectRow.of(s)));
      c.assets().forEach(a -> assets.add(AssetRow.of(a)));
    } catch (RequestException | ExchangeException e) {
      WebRequests.error(e.getMessage());
    }
  }

  public boolean isMayDraft() {
    var caller = WebRequests.requester(request).caller();
    return PageRoles.requireAny(caller, "Only a Court requester, or a State's focal point, may draft a request",
        CooperationRequest.actingRole(caller.organisationCode()));
  }

  /** What the request still lacks, computed from the form as it is now (nothing is saved). */
  public List<Finding> getFindings() {
    try {
      RequestContent c = content().normalised();
      return CompletenessCheck.check(c, CooperationRequest.COURT.equals(WebRequests.requester(request).organisationCode()),
          service.today());
    } catch (RequestException e) {
      String m = e.getMessage();
      int colon = m.indexOf(": ");
      return List.of(new Finding(colon > 0 ? m.substring(0, colon) : "", colon > 0 ? m.substring(colon + 2) : m, ""));
    }
  }

  /** Ajax listener: the findings panel is re-rendered from the updated fields. */
  public void check() {
    // the findings are computed when the panel renders
  }

  public void addSubject() {
    subjects.add(new SubjectRow());
  }

  public void removeSubject(int index) {
    if (index >= 0 && index < subjects.size()) {
      subjects.remove(index);
      assets.forEach(a -> a.forgetHolder(index));
    }
  }

  public void addAsset() {
    assets.add(new AssetRow());
  }

  public void removeAsset(int index) {
    if (index >= 0 && index < assets.size()) {
      assets.remove(index);
    }
  }

  public String save() {
    try {
      saveDraft();
      WebRequests.done("Draft saved.");
      return "/app/requests/draft?faces-redirect=true&id=" + id;
    } catch (RequestException | ExchangeException e) {
      WebRequests.error(e.getMessage());
      return null;
    }
  }

  public String submit() {
    try {
      saveDraft();
      service.act(WebRequests.requester(request), new ExchangeId(id), RequestAction.SUBMIT, new ActionInput("", null, List.of()));
      WebRequests.done("Request submitted and signed.");
      return "/app/requests/request?faces-redirect=true&id=" + id;
    } catch (RequestException.Incomplete e) {
      WebRequests.error(e.getMessage());
      return null;
    } catch (RequestException | ExchangeException e) {
      WebRequests.error(e.getMessage());
      return null;
    }
  }

  private void saveDraft() {
    var r = WebRequests.requester(request);
    if (id == null) {
      List<CooperationRequest> made = service.create(r, new NewRequest(title, null, parse(HandlingCode.class, "handlingCode", handlingCode),
          null, requested, content()));
      id = made.get(0).id();
    } else {
      service.update(r, new ExchangeId(id), title, this::content);
    }
  }

  RequestContent content() {
    List<SubjectData> s = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      s.add(subjects.get(i).data("subjects[" + i + "]"));
    }
    List<AssetData> a = new ArrayList<>();
    for (int i = 0; i < assets.size(); i++) {
      a.add(assets.get(i).data("assets[" + i + "]", subjects.size()));
    }
    return new RequestContent(parse(RequestType.class, "type", type), otherAssistance, legalBasis, situationRef, caseRef, decisionRef,
        date("decisionDate", decisionDate), requestingUnit, parse(Urgency.class, "urgency", urgency), date("deadline", deadline),
        purpose, facts, procedureNotes, language, s, a);
  }

  /** Organisations a request can go to: active, not the operators, not one's own. */
  public List<Organisation> getOrganisations() {
    String own = WebRequests.requester(request).organisationCode();
    return organisations.findAll().stream()
        .filter(Organisation::isActive)
        .filter(o -> o.kind() != OrganisationKind.PLATFORM_OPERATOR)
        .filter(o -> !o.code().value().equals(own))
        .toList();
  }

  public List<RequestType> getTypes() {
    return Arrays.asList(RequestType.values());
  }

  public List<Urgency> getUrgencies() {
    return Arrays.asList(Urgency.values());
  }

  public List<HandlingCode> getHandlingCodes() {
    return Arrays.asList(HandlingCode.values());
  }

  public List<SubjectKind> getSubjectKinds() {
    return Arrays.asList(SubjectKind.values());
  }

  public List<AssetKind> getAssetKinds() {
    return Arrays.asList(AssetKind.values());
  }

  static <E extends Enum<E>> E parse(Class<E> t, String field, String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(t, v);
    } catch (IllegalArgumentException e) {
      throw new RequestException.InvalidInput(field, "not a valid choice");
    }
  }

  static LocalDate date(String field, String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new RequestException.InvalidInput(field, "a date as yyyy-mm-dd, e.g. 2027-01-31");
    }
  }

  static BigDecimal amount(String field, String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(v.strip().replace(" ", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new RequestException.InvalidInput(field, "an amount such as 250000.00");
    }
  }

  static String text(Object o) {
    return o == null ? "" : o.toString();
  }

  /** A subject being edited. */
  public static class SubjectRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String kind = SubjectKind.NATURAL_PERSON.name();
    private String name = "";
    private String birthDate = "";
    private String nationalities = "";
    private String documentNumbers = "";
    private String registrationNumber = "";
    private String jurisdiction = "";

    static SubjectRow of(SubjectData d) {
      SubjectRow r = new SubjectRow();
      r.kind = d.kind().name();
      r.name = d.name();
      r.birthDate = text(d.birthDate());
      r.nationalities = String.join(", ", d.nationalities());
      r.documentNumbers = d.documentNumbers();
      r.registrationNumber = d.registrationNumber();
      r.jurisdiction = d.jurisdiction() == null ? "" : d.jurisdiction();
      return r;
    }

    SubjectData data(String path) {
      return new SubjectData(parse(SubjectKind.class, path + ".kind", kind), name, "", date(path + ".birthDate", birthDate), "",
          Arrays.stream(nationalities.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(), documentNumbers,
          registrationNumber, jurisdiction, "");
    }

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String v) { birthDate = v; }
    public String getNationalities() { return nationalities; }
    public void setNationalities(String v) { nationalities = v; }
    public String getDocumentNumbers() { return documentNumbers; }
    public void setDocumentNumbers(String v) { documentNumbers = v; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String v) { registrationNumber = v; }
    public String getJurisdiction() { return jurisdiction; }
    public void setJurisdiction(String v) { jurisdiction = v; }
  }

  /** An asset being edited; the holder is the first subject when "held by the first subject" applies. */
  public static class AssetRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String kind = AssetKind.BANK_ACCOUNT.name();
    private String description = "";
    private String iban = "";
    private String bic = "";
    private String institution = "";
    private String registryReference = "";
    private String country = "";
    private String estimatedValue = "";
    private String currency = "";
    private Integer holder;

    static AssetRow of(AssetData d) {
      AssetRow r = new AssetRow();
      r.kind = d.kind().name();
      r.description = d.description();
      r.iban = d.iban() == null ? "" : d.iban();
      r.bic = d.bic() == null ? "" : d.bic();
      r.institution = d.institution();
      r.registryReference = d.registryReference();
      r.country = d.country() == null ? "" : d.country();
      r.estimatedValue = d.estimatedValue() == null ? "" : d.estimatedValue().toPlainString();
      r.currency = d.currency() == null ? "" : d.currency();
      r.holder = d.holder();
      return r;
    }

    AssetData data(String path, int subjectCount) {
      Integer h = holder != null && holder < subjectCount ? holder : null;
      return new AssetData(parse(AssetKind.class, path + ".kind", kind), description, h, iban, "", bic, institution, registryReference,
          "", "", country, amount(path + ".estimatedValue", estimatedValue), currency);
    }

    void forgetHolder(int removed) {
      if (holder != null && holder == removed) {
        holder = null;
      } else if (holder != null && holder > removed) {
        holder = holder - 1;
      }
    }

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getIban() { return iban; }
    public void setIban(String v) { iban = v; }
    public String getBic() { return bic; }
    public void setBic(String v) { bic = v; }
    public String getInstitution() { return institution; }
    public void setInstitution(String v) { institution = v; }
    public String getRegistryReference() { return registryReference; }
    public void setRegistryReference(String v) { registryReference = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getEstimatedValue() { return estimatedValue; }
    public void setEstimatedValue(String v) { estimatedValue = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
  }

  public String getId() { return id; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public List<String> getRequested() { return requested; }
  public void setRequested(List<String> v) { requested = v; }
  public String getHandlingCode() { return handlingCode; }
  public void setHandlingCode(String v) { handlingCode = v; }
  public String getType() { return type; }
  public void setType(String v) { type = v; }
  public String getOtherAssistance() { return otherAssistance; }
  public void setOtherAssistance(String v) { otherAssistance = v; }
  public String getLegalBasis() { return legalBasis; }
  public void setLegalBasis(String v) { legalBasis = v; }
  public String getSituationRef() { return situationRef; }
  public void setSituationRef(String v) { situationRef = v; }
  public String getCaseRef() { return caseRef; }
  public void setCaseRef(String v) { caseRef = v; }
  public String getDecisionRef() { return decisionRef; }
  public void setDecisionRef(String v) { decisionRef = v; }
  public String getDecisionDate() { return decisionDate; }
  public void setDecisionDate(String v) { decisionDate = v; }
  public String getRequestingUnit() { return requestingUnit; }
  public void setRequestingUnit(String v) { requestingUnit = v; }
  public String getUrgency() { return urgency; }
  public void setUrgency(String v) { urgency = v; }
  public String getDeadline() { return deadline; }
  public void setDeadline(String v) { deadline = v; }
  public String getPurpose() { return purpose; }
  public void setPurpose(String v) { purpose = v; }
  public String getFacts() { return facts; }
  public void setFacts(String v) { facts = v; }
  public String getProcedureNotes() { return procedureNotes; }
  public void setProcedureNotes(String v) { procedureNotes = v; }
  public String getLanguage() { return language; }
  public void setLanguage(String v) { language = v; }
  public List<SubjectRow> getSubjects() { return subjects; }
  public List<AssetRow> getAssets() { return assets; }
}
