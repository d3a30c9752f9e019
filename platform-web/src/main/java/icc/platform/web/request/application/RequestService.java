package icc.platform.web.request.application;

import icc.platform.crypto.CryptoException;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.exchange.application.ExchangeAudit;
import icc.platform.web.exchange.application.Requester;
import icc.platform.web.exchange.application.ThreadService;
import icc.platform.web.exchange.domain.ExchangeId;
import icc.platform.web.exchange.domain.ExchangeRepository;
import icc.platform.web.exchange.domain.ExchangeThread;
import icc.platform.web.exchange.domain.ThreadAccess;
import icc.platform.web.exchange.domain.Viewer;
import icc.platform.web.keys.application.OrganisationKeyService;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.request.domain.ActionInput;
import icc.platform.web.request.domain.Asset;
import icc.platform.web.request.domain.AssetData;
import icc.platform.web.request.domain.AssetEvent;
import icc.platform.web.request.domain.AssetReport;
import icc.platform.web.request.domain.Challenge;
import icc.platform.web.request.domain.ChallengeInput;
import icc.platform.web.request.domain.CooperationRequest;
import icc.platform.web.request.domain.Finding;
import icc.platform.web.request.domain.RequestAction;
import icc.platform.web.request.domain.RequestContent;
import icc.platform.web.request.domain.RequestException;
import icc.platform.web.request.domain.RequestRepository;
import icc.platform.web.request.domain.RequestStatus;
import icc.platform.web.request.domain.Side;
import icc.platform.web.request.domain.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The request use cases, each one transaction with its audit event (DESIGN.md section 5). Every
 * method first refuses roles that never see content (403), then looks the request up only among
 * those the caller's organisation is party to, and within it only if the caller may see its
 * thread (404 otherwise: a State not addressed never learns that a request exists).
 */
@ApplicationScoped
public class RequestService {

  public static final int LIST_LIMIT = 200;

  @Inject RequestRepository requests;
  @Inject ExchangeRepository exchange;
  @Inject ThreadService threads;
  @Inject OrganisationRepository organisations;
  @Inject OrganisationKeyService keys;
  @Inject ExchangeAudit audit;
  @Inject RequestClock clock;

  /** Drafts one request per requested organisation, each in its own thread, sharing a group. */
  @Transactional
  public List<CooperationRequest> create(Requester r, NewRequest command) {
    Viewer v = r.viewer();
    requireDrafter(r);
    Set<String> requested = new LinkedHashSet<>();
    for (String code : command.requestedOrganisations()) {
      requested.add(registered("requestedOrganisations", code));
    }
    if (requested.isEmpty()) {
      throw new RequestException.InvalidInput("requestedOrganisations", "name the organisation(s) asked, e.g. [\"NL\"]");
    }
    if (command.content() == null) {
      throw new RequestException.InvalidInput("type", "required");
    }
    Instant now = clock.now();
    RequestContent content = checkedContent(command.content(), now);
    String group = UUID.randomUUID().toString();
    List<CooperationRequest> made = new ArrayList<>();
    for (String org : requested) {
      ExchangeThread t = ExchangeThread.openForRequest(v, command.title(), command.classification(), command.handlingCode(),
          command.handlingConditions(), now);
      exchange.add(t);
      CooperationRequest request = CooperationRequest.draft(t.id().value(), group, v, org, content, now);
      requests.add(request);
      audit.success(r, AuditAction.REQUEST_DRAFT_CREATE, "request", request.id(), null, Map.of(
          "type", request.type().name(), "requested", org, "group", group, "handlingCode", t.handlingCode().name()));
      made.add(request);
    }
    return made;
  }

  /** 403 for a caller who may never draft (checked before the body is read). */
  public void requireDrafter(Requester r) {
    Viewer v = r.viewer();
    ThreadAccess.requireContentRole(v);
    if (!v.has(CooperationRequest.actingRole(v.organisationCode()))) {
      throw new RequestException.Forbidden("Only a Court requester, or a State's focal point, may draft a request");
    }
  }

  /**
   * Replaces a draft's content (and title, if given). Who and when are checked before the
   * content is read, so a caller who may not change it learns nothing from its validation.
   */
  @Transactional
  public CooperationRequest update(Requester r, ExchangeId id, String title, java.util.function.Supplier<RequestContent> content) {
    Viewer v = r.viewer();
    Visible x = visible(v, id, true);
    x.request.requireEditable(v);
    Instant now = clock.now();
    x.request.updateDraft(v, checkedContent(content.get(), now), now);
    if (title != null && !title.isBlank()) {
      x.thread.retitle(title);
    }
    x.thread.touch(now);
    audit.success(r, AuditAction.REQUEST_DRAFT_UPDATE, "request", id.value(), null, Map.of("type", x.request.type().name()));
    return x.request;
  }

  @Transactional
  public List<Finding> completeness(Requester r, ExchangeId id) {
    Visible x = visible(r.viewer(), id, false);
    List<Finding> findings = x.request.completeness(RequestClock.today(clock.now()));
    audit.success(r, AuditAction.REQUEST_COMPLETENESS_CHECK, "request", id.value(), null, Map.of("findings", findings.size()));
    return findings;
  }

  /**
   * Requests the caller's organisation sent (any status) and received (never drafts), most
   * recently changed first; officers see only those whose thread they were added to.
   */
  @Transactional
  public List<RequestEntry> list(Requester r, Side only) {
    Viewer v = r.viewer();
    ThreadAccess.requireContentRole(v);
    List<RequestEntry> out = new ArrayList<>();
    for (Side side : Side.values()) {
      if (only != null && only != side) {
        continue;
      }
      for (CooperationRequest request : requests.listFor(v.organisationCode(), side, LIST_LIMIT)) {
        exchange.findThread(new ExchangeId(request.id()))
            .filter(t -> ThreadAccess.of(v, t) != ThreadAccess.Level.NONE)
            .ifPresent(t -> out.add(new RequestEntry(request, t, side)));
      }
    }
    out.sort(Comparator.comparing((RequestEntry e) -> e.request().statusChangedAt()).reversed());
    audit.success(r, AuditAction.REQUEST_LIST_READ, null, null, null, Map.of("returned", out.size()));
    return out;
  }

  @Transactional
  public RequestDetails read(Requester r, ExchangeId id) {
    Viewer v = r.viewer();
    Visible x = visible(v, id, false);
    audit.success(r, AuditAction.REQUEST_READ, "request", id.value(), null, Map.of());
    return details(v, x);
  }

  /**
   * A lifecycle step: checked by the aggregate, signed by the acting organisation (canonical
   * statement → SHA-256 → detached CMS with RFC 3161 timestamp, as exchange messages are) and
   * audited, all in one transaction. On SUBMIT the requested organisation joins the thread: from
   * then on it sees the request, its messages and documents.
   */
  @Transactional
  public RequestDetails act(Requester r, ExchangeId id, RequestAction action, ActionInput input) {
    Viewer v = r.viewer();
    Visible x = visible(v, id, true);
    if (action == null) {
      throw new RequestException.InvalidInput("action", "required: one of " + java.util.Arrays.toString(RequestAction.values()));
    }
    Instant now = clock.now();
    CooperationRequest.Performed p = x.request.perform(v, action, input, RequestClock.today(now), now);
    if (action == RequestAction.SUBMIT && !x.thread.hasParticipant(x.request.requestedOrg())) {
      threads.addParticipant(r, id, x.request.requestedOrg());
    }
    Transition t = p.transition();
    sign(t);
    requests.add(t);
    p.challenges().forEach(requests::add);
    p.explanation().ifPresent(requests::add);
    x.thread.touch(now);
    audit.success(r, AuditAction.REQUEST_TRANSITION, "request", id.value(), null, Map.of(
        "action", action.name(), "from", t.fromStatus().name(), "to", t.toStatus().name(),
        "sideState", t.sideState() == null ? "-" : t.sideState().name(), "transition", t.id(),
        "challenges", String.join(",", p.challenges().stream().map(c -> c.code().name()).toList()),
        "signedSha256", hex(t.signedSha256())));
    return details(v, x);
  }

  /** The requested State reports on one asset; the supporting document must be in the request's thread. */
  @Transactional
  public AssetEvent reportAsset(Requester r, ExchangeId id, ExchangeId assetId, AssetReport report) {
    Viewer v = r.viewer();
    Visible x = visible(v, id, true);
    if (report.documentId() != null) {
      ExchangeId doc = ExchangeId.parse("documentId", report.documentId());
      exchange.findDocument(id, doc).orElseThrow(() -> new RequestException.InvalidInput("documentId",
          "not a document of this request's thread: upload it first with POST /api/v1/threads/" + id.value() + "/documents"));
      report = new AssetReport(report.status(), report.effectiveDate(), report.value(), report.currency(),
          report.executingAuthority(), report.reportText(), doc.value());
    }
    Instant now = clock.now();
    AssetEvent e = x.request.reportAsset(v, assetId.value(), report, RequestClock.today(now), now);
    requests.add(e);
    x.thread.touch(now);
    audit.success(r, AuditAction.REQUEST_ASSET_REPORT, "request", id.value(), null, Map.of(
        "asset", assetId.value(), "status", e.status().name(), "event", e.id(),
        "document", e.documentId() == null ? "-" : e.documentId()));
    return e;
  }

  @Transactional
  public Asset addFoundAsset(Requester r, ExchangeId id, AssetData data) {
    Viewer v = r.viewer();
    Visible x = visible(v, id, true);
    Instant now = clock.now();
    Asset a = x.request.addFoundAsset(v, data, now);
    x.thread.touch(now);
    audit.success(r, AuditAction.REQUEST_ASSET_ADD, "request", id.value(), null, Map.of("asset", a.id(), "kind", a.kind().name()));
    return a;
  }

  @Transactional
  public Challenge recordChallenge(Requester r, ExchangeId id, ChallengeInput in) {
    Viewer v = r.viewer();
    Visible x = visible(v, id, true);
    Instant now = clock.now();
    Challenge c = x.request.recordChallenge(v, in, now);
    requests.add(c);
    audit.success(r, AuditAction.REQUEST_CHALLENGE_RECORD, "request", id.value(), null, Map.of(
        "code", c.code().name(), "asset", c.assetId() == null ? "-" : c.assetId()));
    return c;
  }

  // --- helpers ---

  private record Visible(CooperationRequest request, ExchangeThread thread) {}

  private Visible visible(Viewer v, ExchangeId id, boolean lock) {
    ThreadAccess.requireContentRole(v);
    CooperationRequest request = (lock ? requests.lock(id.value()) : requests.find(id.value()))
        .filter(x -> x.isVisibleTo(v.organisationCode()))
        .orElseThrow(() -> new RequestException.NotFound("request"));
    ExchangeThread thread = exchange.findThread(id)
        .filter(t -> ThreadAccess.of(v, t) != ThreadAccess.Level.NONE)
        .orElseThrow(() -> new RequestException.NotFound("request"));
    return new Visible(request, thread);
  }

  private RequestDetails details(Viewer v, Visible x) {
    CooperationRequest q = x.request;
    Side side = q.sideOf(v.organisationCode()).orElseThrow();
    List<Finding> findings = side == Side.REQUESTING && q.status() == RequestStatus.DRAFT
        ? q.completeness(RequestClock.today(clock.now())) : List.of();
    return new RequestDetails(q, x.thread, side, requests.transitions(q.id()), requests.assetEvents(q.id()),
        requests.challenges(q.id()), requests.explanations(q.id()), q.allowedActions(v), q.mayReportAssets(v), findings);
  }

  /** Normalised content whose identifiers follow their standards (400 naming the first that does not). */
  private static RequestContent checkedContent(RequestContent content, Instant now) {
    RequestContent c = content.normalised();
    List<Finding> bad = c.identifierFindings(RequestClock.today(now));
    if (!bad.isEmpty()) {
      throw new RequestException.InvalidInput(bad.get(0).field(), bad.get(0).message());
    }
    return c;
  }

  private void sign(Transition t) {
    byte[] digest = sha256(t.signedBytes());
    try {
      t.sign(digest, keys.signer(t.actorOrg()).sign(digest));
    } catch (CryptoException e) {
      throw new IllegalStateException("could not sign the transition: " + e.getMessage(), e);
    }
  }

  /** A registered, active organisation that can take part in exchanges (not the operators). */
  private String registered(String field, String text) {
    OrganisationCode code;
    try {
      code = OrganisationCode.parse(text);
    } catch (IllegalArgumentException e) {
      throw new RequestException.InvalidInput(field, "'" + (text == null ? "" : text) + "' is not an organisation code such as NL or COURT");
    }
    Organisation o = organisations.findByCode(code)
        .filter(Organisation::isActive)
        .filter(x -> x.kind() != OrganisationKind.PLATFORM_OPERATOR)
        .orElseThrow(() -> new RequestException.InvalidInput(field, code.value() + " is not an active organisation of the platform"));
    return o.code().value();
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hex(byte[] b) {
    return b == null ? "" : java.util.HexFormat.of().formatHex(b);
  }

  /** Today in UTC, as the completeness check and deadlines see it. */
  public LocalDate today() {
    return RequestClock.today(clock.now());
  }
}
