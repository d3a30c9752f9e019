package icc.platform.web.request.domain;

import icc.platform.web.exchange.domain.Viewer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request for cooperation (Rome Statute art. 93, 96): the structure of an exchange thread of
 * kind COOPERATION_REQUEST, with the same id. Bilateral: one requesting and one requested
 * organisation (V30: a request to several States is several requests sharing {@code
 * requestGroup}). The aggregate holds the content, subjects and assets, and the state machine
 * ({@link Lifecycle}); what it decides is kept as {@link Transition}s, {@link AssetEvent}s,
 * {@link Challenge}s and {@link DeadlineExplanation}s, which the caller stores.
 */
@Entity
@Table(name = "cooperation_request")
public class CooperationRequest {

  /** The Court acts through its requesters; a State through its focal points. */
  public static final String COURT = "COURT";
  public static final String COURT_REQUESTER = "court-requester";
  public static final String FOCAL_POINT = "focal-point";
  /** A reminder goes out this many days before the deadline. */
  public static final int REMINDER_DAYS = 7;

  @Id
  @Column(name = "thread_id", length = 36)
  private String id;

  @Column(name = "request_group", nullable = false, length = 36)
  private String requestGroup;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_type", nullable = false, length = 32)
  private RequestType type;

  @Column(name = "other_assistance", length = RequestContent.OTHER_ASSISTANCE_MAX)
  private String otherAssistance;

  @Column(name = "legal_basis", nullable = false, length = RequestContent.LEGAL_BASIS_MAX)
  private String legalBasis;

  @Column(name = "situation_ref", nullable = false, length = RequestContent.REF_MAX)
  private String situationRef;

  @Column(name = "case_ref", nullable = false, length = RequestContent.REF_MAX)
  private String caseRef;

  @Column(name = "decision_ref", nullable = false, length = RequestContent.DECISION_REF_MAX)
  private String decisionRef;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "requesting_org", nullable = false, length = 16)
  private String requestingOrg;

  @Column(name = "requesting_unit", nullable = false, length = RequestContent.UNIT_MAX)
  private String requestingUnit;

  @Column(name = "requested_org", nullable = false, length = 16)
  private String requestedOrg;

  @Enumerated(EnumType.STRING)
  @Column(name = "urgency", nullable = false, length = 16)
  private Urgency urgency;

  @Column(name = "deadline")
  private LocalDate deadline;

  @Column(name = "purpose", nullable = false, length = RequestContent.NARRATIVE_MAX)
  private String purpose;

  @Column(name = "facts", nullable = false, length = RequestContent.NARRATIVE_MAX)
  private String facts;

  @Column(name = "procedure_notes", nullable = false, length = RequestContent.NARRATIVE_MAX)
  private String procedureNotes;

  @Column(name = "language", nullable = false, length = 2)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private RequestStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "side_state", length = 32)
  private SideState sideState;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Column(name = "estimated_completion")
  private LocalDate estimatedCompletion;

  @Column(name = "reminder_sent_at")
  private Instant reminderSentAt;

  @Column(name = "overdue_since")
  private Instant overdueSince;

  @Column(name = "overdue_explained_at")
  private Instant overdueExplainedAt;

  /** V31: the date a postponement (art. 94) is expected to end. */
  @Column(name = "postponed_until")
  private LocalDate postponedUntil;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<Subject> subjects = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<Asset> assets = new ArrayList<>();

  protected CooperationRequest() {
    // for JPA
  }

  /** What an action produced, for the caller to sign and store. */
  public record Performed(Transition transition, List<Challenge> challenges, Optional<DeadlineExplanation> explanation) {}

  /**
   * A new draft by the requesting side (the Court's requester, or a State's focal point under art.
   * 93(10)).
   *
   * @param threadId the id of the COOPERATION_REQUEST thread it lives in
   * @param content normalised content
   */
  public static CooperationRequest draft(String threadId, String group, Viewer by, String requestedOrg, RequestContent content,
      Instant now) {
    if (!by.has(actingRole(by.organisationCode()))) {
      throw new RequestException.Forbidden("Only a Court requester, or a State's focal point, may draft a request");
    }
    if (requestedOrg.equals(by.organisationCode())) {
      throw new RequestException.InvalidInput("requestedOrganisations", "a request goes to another organisation than yours");
    }
    CooperationRequest r = new CooperationRequest();
    r.id = threadId;
    r.requestGroup = group;
    r.requestingOrg = by.organisationCode();
    r.requestedOrg = requestedOrg;
    r.status = RequestStatus.DRAFT;
    r.createdAt = now;
    r.statusChangedAt = now;
    r.write(content, now);
    return r;
  }

  /** Replaces the content of a draft (only the requesting side, only while it is a draft). */
  public void updateDraft(Viewer by, RequestContent content, Instant now) {
    requireEditable(by);
    write(content, now);
  }

  /** 403 unless the caller drafts for the requesting side; 409 unless the request is still a draft. */
  public void requireEditable(Viewer by) {
    requireActor(by, Side.REQUESTING, "change a draft");
    if (status != RequestStatus.DRAFT) {
      throw new RequestException.Conflict("not_a_draft", "Only a draft can be changed; this request is " + status
          + ". Answer clarifications or withdraw it instead.");
    }
  }

  private void write(RequestContent c, Instant now) {
    type = c.type();
    otherAssistance = c.otherAssistance().isEmpty() ? null : c.otherAssistance();
    legalBasis = c.legalBasis();
    situationRef = c.situationRef();
    caseRef = c.caseRef();
    decisionRef = c.decisionRef();
    decisionDate = c.decisionDate();
    requestingUnit = c.requestingUnit();
    urgency = c.urgency();
    deadline = c.deadline();
    purpose = c.purpose();
    facts = c.facts();
    procedureNotes = c.procedureNotes();
    language = c.language();
    subjects.clear();
    assets.clear();
    List<Subject> made = new ArrayList<>();
    for (int i = 0; i < c.subjects().size(); i++) {
      made.add(Subject.of(i, c.subjects().get(i)));
    }
    subjects.addAll(made);
    for (int i = 0; i < c.assets().size(); i++) {
      AssetData a = c.assets().get(i);
      assets.add(Asset.of(i, a, a.holder() == null ? null : made.get(a.holder()).id(), Side.REQUESTING, AssetStatus.REQUESTED, now));
    }
  }

  /** The content as the drafter wrote it (for the completeness check and the drafting form). */
  public RequestContent content() {
    return new RequestContent(type, otherAssistance == null ? "" : otherAssistance, legalBasis, situationRef, caseRef, decisionRef,
        decisionDate, requestingUnit, urgency, deadline, purpose, facts, procedureNotes, language,
        subjects.stream().map(Subject::data).toList(),
        assets.stream().filter(a -> a.addedBySide() == Side.REQUESTING).map(a -> a.data(subjects)).toList());
  }

  /** What the request still lacks (art. 96(2), 93(1)(k)); empty when it may be submitted. */
  public List<Finding> completeness(LocalDate today) {
    return CompletenessCheck.check(content(), COURT.equals(requestingOrg), today);
  }

  /**
   * Takes a lifecycle step: only the side and role it belongs to (403 otherwise), only from a
   * state that allows it (409 listing what the caller may do now), with what the step needs
   * (400), and for SUBMIT a complete request (422).
   */
  public Performed perform(Viewer by, RequestAction action, ActionInput in, LocalDate today, Instant now) {
    Side side = sideOf(by.organisationCode()).orElseThrow(() -> new RequestException.NotFound("request"));
    if (!action.sides().contains(side) || !by.has(actingRole(by.organisationCode()))) {
      throw new RequestException.Forbidden(action + " is not for you: " + whoMay(action));
    }
    Lifecycle.Step step = Lifecycle.next(action, side, status, sideState, isOverdue())
        .orElseThrow(() -> new RequestException.WrongState(action, status, sideState, allowedActions(by)));
    String reason = Texts.text("reason", in.reason(), Transition.REASON_MAX);
    if (action.reasonRequired() && reason.isEmpty()) {
      throw new RequestException.InvalidInput("reason", "required for " + action + reasonHint(action));
    }
    LocalDate date = null;
    if (action.dateRequired()) {
      if (in.date() == null) {
        throw new RequestException.InvalidInput("date", "required for " + action
            + (action == RequestAction.POSTPONE ? ": the date until which execution is postponed" : ": the new estimated completion date"));
      }
      if (!in.date().isAfter(today)) {
        throw new RequestException.InvalidInput("date", "must be a date in the future");
      }
      date = in.date();
    }
    List<ChallengeInput> challenges = new ArrayList<>();
    for (int i = 0; i < in.challenges().size(); i++) {
      if (in.challenges().get(i) == null) {
        throw new RequestException.InvalidInput("challenges[" + i + "]", "required");
      }
      challenges.add(in.challenges().get(i).checked("challenges[" + i + "]", this));
    }
    if (action == RequestAction.DECLINE && challenges.isEmpty()) {
      throw new RequestException.InvalidInput("challenges", "a decline records at least one challenge code (ICC-ASP/18/Res.3 para 36)");
    }
    if (!challenges.isEmpty() && action != RequestAction.DECLINE && action != RequestAction.REPORT_PARTIAL) {
      throw new RequestException.InvalidInput("challenges", "only DECLINE and REPORT_PARTIAL carry challenge codes; record others on their own");
    }
    if (action == RequestAction.SUBMIT) {
      List<Finding> findings = completeness(today);
      if (!findings.isEmpty()) {
        throw new RequestException.Incomplete(findings);
      }
    }

    RequestStatus from = status;
    status = step.status();
    sideState = step.sideState();
    statusChangedAt = now;
    switch (action) {
      case SUBMIT -> submittedAt = submittedAt == null ? now : submittedAt;
      case ACKNOWLEDGE -> acknowledgedAt = acknowledgedAt == null ? now : acknowledgedAt;
      case POSTPONE -> postponedUntil = date;
      case RESUME -> postponedUntil = null;
      case EXPLAIN_DELAY -> {
        estimatedCompletion = date;
        overdueExplainedAt = now;
      }
      default -> { }
    }
    if (status.isClosed()) {
      closedAt = now;
      sideState = null;
      postponedUntil = null;
    }
    Transition t = Transition.of(id, action, from, status, sideState, reason, date, by.organisationCode(), by.username(), now);
    List<Challenge> recorded = challenges.stream()
        .map(c -> Challenge.of(id, c, t.id(), by.organisationCode(), by.username(), now)).toList();
    Optional<DeadlineExplanation> explanation = action == RequestAction.EXPLAIN_DELAY
        ? Optional.of(DeadlineExplanation.of(id, reason, date, by.organisationCode(), by.username(), now))
        : Optional.empty();
    return new Performed(t, recorded, explanation);
  }

  /**
   * The requested State reports on one asset (identified, traced, frozen, ...). Only while it is
   * handling the request, and only forward along {@link AssetStatus#next()}.
   */
  public AssetEvent reportAsset(Viewer by, String assetId, AssetReport report, LocalDate today, Instant now) {
    requireActor(by, Side.REQUESTED, "report on assets");
    requireHandling("report on assets");
    Asset asset = findAsset(assetId).orElseThrow(() -> new RequestException.NotFound("asset"));
    AssetReport r = report.checked(today);
    if (!asset.status().next().contains(r.status())) {
      throw new RequestException.Conflict("asset_status", "This asset is " + asset.status() + "; it can next be "
          + (asset.status().next().isEmpty() ? "nothing (final)" : String.join(", ", asset.status().next().stream().map(Enum::name).toList())));
    }
    AssetEvent e = AssetEvent.of(id, asset.id(), r, by.organisationCode(), by.username(), now);
    asset.apply(e);
    return e;
  }

  /** An asset the requested State found while executing (e.g. a second account), IDENTIFIED from the start. */
  public Asset addFoundAsset(Viewer by, AssetData data, Instant now) {
    requireActor(by, Side.REQUESTED, "add assets found during execution");
    requireHandling("add assets");
    AssetData d = data.normalised("asset");
    if (d.holder() != null) {
      throw new RequestException.InvalidInput("asset.holder", "not available here; name the holder in the description");
    }
    RequestContent probe = new RequestContent(type, "", "", "", "", "", null, "", urgency, null, "", "", "", language, List.of(), List.of(d));
    List<Finding> problems = probe.identifierFindings(LocalDate.MAX);
    if (!problems.isEmpty()) {
      throw new RequestException.InvalidInput(problems.get(0).field().replace("assets[0]", "asset"), problems.get(0).message());
    }
    Asset a = Asset.of(assets.size(), d, null, Side.REQUESTED, AssetStatus.IDENTIFIED, now);
    assets.add(a);
    return a;
  }

  /** A challenge code recorded on its own (not with a decline), by the requested State. */
  public Challenge recordChallenge(Viewer by, ChallengeInput in, Instant now) {
    requireActor(by, Side.REQUESTED, "record challenges");
    if (status == RequestStatus.DRAFT || status == RequestStatus.WITHDRAWN) {
      throw new RequestException.Conflict("wrong_state", "Challenges are recorded on a submitted request; this one is " + status);
    }
    return Challenge.of(id, in.checked("", this), null, by.organisationCode(), by.username(), now);
  }

  // --- deadlines (DESIGN.md section 6; the timer in infrastructure calls these) ---

  /** The date execution is now expected by: the latest estimate after a missed deadline, else the deadline. */
  public Optional<LocalDate> dueDate() {
    return Optional.ofNullable(estimatedCompletion != null ? estimatedCompletion : deadline);
  }

  /** Past its due date and not explained since: shown as overdue, and EXPLAIN_DELAY is owed. */
  public boolean isOverdue() {
    return overdueSince != null && (overdueExplainedAt == null || overdueExplainedAt.isBefore(overdueSince));
  }

  /** Whether the timer should flag it overdue now. */
  public boolean dueForOverdueFlag(LocalDate today) {
    return status.isPending() && !isOverdue() && dueDate().map(today::isAfter).orElse(false);
  }

  /** Whether the "deadline approaching" reminder should go out now (once per request). */
  public boolean dueForReminder(LocalDate today) {
    return status.isPending() && reminderSentAt == null && !isOverdue()
        && dueDate().map(d -> !today.isAfter(d) && !today.plusDays(REMINDER_DAYS).isBefore(d)).orElse(false);
  }

  public void flagOverdue(Instant now) {
    overdueSince = now;
  }

  public void markReminded(Instant now) {
    reminderSentAt = now;
  }

  // --- who ---

  /** The role through which an organisation acts on requests: the Court's requesters, a State's focal points. */
  public static String actingRole(String organisationCode) {
    return COURT.equals(organisationCode) ? COURT_REQUESTER : FOCAL_POINT;
  }

  /** The caller's side, if its organisation is party to the request and may see it now. */
  public Optional<Side> sideOf(String organisationCode) {
    if (requestingOrg.equals(organisationCode)) {
      return Optional.of(Side.REQUESTING);
    }
    // A draft is the requester's own until submitted (V30 submitted_at).
    if (requestedOrg.equals(organisationCode) && status != RequestStatus.DRAFT) {
      return Optional.of(Side.REQUESTED);
    }
    return Optional.empty();
  }

  public boolean isVisibleTo(String organisationCode) {
    return sideOf(organisationCode).isPresent();
  }

  /** The actions this caller may take now (empty for roles that never act). */
  public List<RequestAction> allowedActions(Viewer by) {
    Optional<Side> side = sideOf(by.organisationCode());
    if (side.isEmpty() || !by.has(actingRole(by.organisationCode()))) {
      return List.of();
    }
    Set<RequestAction> allowed = Lifecycle.allowed(side.get(), status, sideState, isOverdue());
    return List.copyOf(allowed);
  }

  /** Whether the caller may report on assets and add found ones now. */
  public boolean mayReportAssets(Viewer by) {
    return sideOf(by.organisationCode()).filter(s -> s == Side.REQUESTED).isPresent()
        && by.has(actingRole(by.organisationCode())) && isBeingHandled();
  }

  private boolean isBeingHandled() {
    return status == RequestStatus.ACKNOWLEDGED || status == RequestStatus.IN_PROGRESS
        || status == RequestStatus.CLARIFICATION_REQUESTED || status == RequestStatus.PARTIALLY_EXECUTED;
  }

  private void requireHandling(String what) {
    if (!isBeingHandled()) {
      throw new RequestException.Conflict("wrong_state", "You can " + what + " once the request is acknowledged and until it is"
          + " executed, declined or withdrawn; it is " + status);
    }
  }

  private void requireActor(Viewer by, Side side, String what) {
    Side s = sideOf(by.organisationCode()).orElseThrow(() -> new RequestException.NotFound("request"));
    if (s != side || !by.has(actingRole(by.organisationCode()))) {
      throw new RequestException.Forbidden("Only the " + (side == Side.REQUESTING ? "requesting" : "requested") + " organisation's "
          + actingRole(side == Side.REQUESTING ? requestingOrg : requestedOrg) + " may " + what);
    }
  }

  private String whoMay(RequestAction action) {
    if (action.sides().size() > 1) {
      return "only the " + actingRole(requestingOrg) + " of " + requestingOrg + " or the " + actingRole(requestedOrg) + " of "
          + requestedOrg + " may take it";
    }
    boolean requesting = action.sides().contains(Side.REQUESTING);
    String org = requesting ? requestingOrg : requestedOrg;
    return "only the " + (requesting ? "requesting" : "requested") + " organisation's " + actingRole(org) + " (" + org + ") may take it";
  }

  private static String reasonHint(RequestAction a) {
    return switch (a) {
      case DECLINE -> ": the reasons for denying assistance (art. 93(6))";
      case REQUEST_CLARIFICATION -> ": what you need clarified";
      case ANSWER_CLARIFICATION -> ": the clarification";
      case PROPOSE_CONDITIONS -> ": the conditions (art. 93(5))";
      case POSTPONE -> ": the national investigation or prosecution it would interfere with (art. 94)";
      case OPEN_CONSULTATION -> ": the problem that impedes or prevents execution (art. 97)";
      case EXPLAIN_DELAY -> ": why the deadline was missed";
      case REPORT_PARTIAL -> ": what was not executed and why";
      case WITHDRAW -> ": why the request is withdrawn";
      default -> "";
    };
  }

  public Optional<Asset> findAsset(String assetId) {
    return assets.stream().filter(a -> a.id().equals(assetId)).findFirst();
  }

  // --- reading ---

  public String id() {
    return id;
  }

  public String requestGroup() {
    return requestGroup;
  }

  public RequestType type() {
    return type;
  }

  public String requestingOrg() {
    return requestingOrg;
  }

  public String requestedOrg() {
    return requestedOrg;
  }

  public Urgency urgency() {
    return urgency;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public RequestStatus status() {
    return status;
  }

  public SideState sideState() {
    return sideState;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  public LocalDate estimatedCompletion() {
    return estimatedCompletion;
  }

  public Instant reminderSentAt() {
    return reminderSentAt;
  }

  public Instant overdueSince() {
    return overdueSince;
  }

  public Instant overdueExplainedAt() {
    return overdueExplainedAt;
  }

  public LocalDate postponedUntil() {
    return postponedUntil;
  }

  public List<Subject> subjects() {
    return List.copyOf(subjects);
  }

  public List<Asset> assets() {
    return List.copyOf(assets);
  }

  public long version() {
    return version;
  }
}
