package icc.platform.web.request.api;

import icc.platform.web.api.Allowed;
import icc.platform.web.api.JsonBodies;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.exchange.application.ExchangeAudit;
import icc.platform.web.exchange.application.Requester;
import icc.platform.web.exchange.domain.ExchangeId;
import icc.platform.web.request.application.RequestClock;
import icc.platform.web.request.application.RequestService;
import icc.platform.web.request.domain.RequestAction;
import icc.platform.web.request.domain.RequestException;
import icc.platform.web.request.domain.Side;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cooperation requests for national systems and the Court (issue 7, docs/requests.md). A request
 * is an exchange thread of kind COOPERATION_REQUEST with the same id: its messages and documents
 * are in {@code /threads/{id}}. Only content roles reach these operations (others: 403); the
 * organisations not party to a request get 404 for everything about it.
 */
@Path("/requests")
@RequestScoped
@Allowed({PlatformRole.FOCAL_POINT_NAME, PlatformRole.OFFICER_NAME, PlatformRole.OBSERVER_NAME, PlatformRole.COURT_REQUESTER_NAME})
@Tag(name = "Requests", description = "Requests for cooperation (Rome Statute art. 93): drafting with a completeness check,"
    + " a signed lifecycle, per-asset execution reports, challenge codes, deadlines")
public class RequestResource {

  static final int MAX_JSON_BYTES = 512 * 1024;

  @Inject RequestService service;
  @Inject ExchangeAudit audit;
  @Inject RequestClock clock;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "List requests", description = "Requests your organisation sent (any status, including drafts) and"
      + " received (submitted ones only: a draft is never visible to the requested State), most recently changed first, at most "
      + RequestService.LIST_LIMIT + " per side: status, age in days since submission, deadline, due date (deadline or the new"
      + " estimate after a missed deadline) and the overdue flag.")
  @APIResponse(responseCode = "200", description = "Request summaries")
  @APIResponse(responseCode = "400", description = "side is not REQUESTING or REQUESTED")
  public List<RequestDtos.Summary> list(
      @Parameter(description = "REQUESTING (sent) or REQUESTED (received); both when absent") @QueryParam("side") String side) {
    Side only = RequestDtos.parse(Side.class, "side", side);
    Instant now = clock.now();
    return service.list(requester(), only).stream().map(e -> RequestDtos.summary(e, now)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Draft a request", description = "The Court's requesters, or a State's focal point (art. 93(10)). Body:"
      + " {title, classification (default RESTRICTED), handlingCode (default H2, art. 87(3)), handlingConditions (H3),"
      + " requestedOrganisations: [codes] (one request per organisation, sharing a requestGroup), type, otherAssistance (OTHER),"
      + " legalBasis, situationRef, caseRef, decisionRef, decisionDate, requestingUnit, urgency (ROUTINE|URGENT|IMMEDIATE),"
      + " deadline (yyyy-mm-dd), purpose, facts, procedureNotes, language (ISO 639-1), subjects: [{kind: NATURAL_PERSON|LEGAL_ENTITY,"
      + " name, aliases, birthDate, birthPlace, nationalities: [ISO 3166], documentNumbers, registrationNumber, jurisdiction, notes}],"
      + " assets: [{kind, description, holder (index in subjects), iban, accountNumber, bic, institution, registryReference,"
      + " virtualAddress, virtualNetwork, country, estimatedValue, currency (ISO 4217)}]}. Identifiers that break their standard"
      + " (IBAN check digits, BIC, country, currency codes, future birth dates) are refused with 400; what is merely missing is"
      + " reported by GET /requests/{id}/completeness.")
  @APIResponse(responseCode = "201", description = "The drafts, one per requested organisation")
  @APIResponse(responseCode = "400", description = "A field is not valid (named first); nothing was created")
  @APIResponse(responseCode = "403", description = "Your role may not draft requests")
  public Response create(InputStream body) throws IOException {
    Requester r = requester();
    service.requireDrafter(r);
    RequestDtos.RequestBody in = read(body, RequestDtos.RequestBody.class);
    var made = service.create(r, in.command());
    List<RequestDtos.RequestView> views = made.stream().map(q -> RequestDtos.view(service.read(r, new ExchangeId(q.id())), clock.now())).toList();
    return Response.created(URI.create("requests/" + made.get(0).id())).entity(views).build();
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A request", description = "Structure, subjects, assets with their events, the signed timeline of"
      + " transitions, challenges, deadline explanations, the actions you may take now, and for a draft the completeness"
      + " findings. Messages and documents: GET /threads/{id}.")
  @APIResponse(responseCode = "200", description = "The request")
  @APIResponse(responseCode = "404", description = "No such request that your organisation is party to")
  public RequestDtos.RequestView get(@PathParam("id") String id) {
    return RequestDtos.view(service.read(requester(), ExchangeId.parse("id", id)), clock.now());
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a draft", description = "The requesting side, while the request is a DRAFT. Same body as drafting"
      + " (title, type and content; the organisations and handling code stay). Replaces the content, subjects and assets.")
  @APIResponse(responseCode = "200", description = "The draft")
  @APIResponse(responseCode = "400", description = "A field is not valid; nothing was changed")
  @APIResponse(responseCode = "403", description = "Not the requesting side's requester or focal point")
  @APIResponse(responseCode = "409", description = "not_a_draft")
  public RequestDtos.RequestView update(@PathParam("id") String id, InputStream body) throws IOException {
    ExchangeId rid = ExchangeId.parse("id", id);
    RequestDtos.RequestBody in = read(body, RequestDtos.RequestBody.class);
    Requester r = requester();
    service.update(r, rid, in.title, in::content);
    return RequestDtos.view(service.read(r, rid), clock.now());
  }

  @GET
  @Path("/{id}/completeness")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Completeness check", description = "What the request still lacks before it can be submitted (art."
      + " 96(2)(a)-(f); for freezing and seizure art. 93(1)(k) and 57(3)(e)): each finding with the field path, a message"
      + " and the rule it comes from. Run it while drafting; SUBMIT runs it again.")
  @APIResponse(responseCode = "200", description = "{id, complete, findings}")
  @APIResponse(responseCode = "404", description = "No such request that you can see")
  public RequestDtos.Completeness completeness(@PathParam("id") String id) {
    ExchangeId rid = ExchangeId.parse("id", id);
    var findings = service.completeness(requester(), rid);
    return new RequestDtos.Completeness(rid.value(), findings.isEmpty(), findings);
  }

  @POST
  @Path("/{id}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Take a lifecycle step", description = "Body {action, reason, date, challenges: [{code, details,"
      + " assetId}]}. Requesting side (the Court's requester, or the State's focal point): SUBMIT, ANSWER_CLARIFICATION (reason),"
      + " WITHDRAW (reason), RESUME (accepting conditions or ending a consultation). Requested State's focal point: ACKNOWLEDGE,"
      + " START, REQUEST_CLARIFICATION (reason), REPORT_PARTIAL (reason, challenges optional), REPORT_EXECUTED, DECLINE (reasons,"
      + " art. 93(6), and at least one challenge code), OPEN_CONSULTATION (art. 97, reason), PROPOSE_CONDITIONS (art. 93(5),"
      + " reason), POSTPONE (art. 94, reason and date), RESUME, EXPLAIN_DELAY (after a missed deadline: reason and the new"
      + " estimate as date). Each step is signed by your organisation (CMS with RFC 3161 timestamp) and kept in the timeline."
      + " Table of states: docs/requests.md.")
  @APIResponse(responseCode = "200", description = "The request after the step")
  @APIResponse(responseCode = "400", description = "A field the step needs is missing or not valid; nothing changed")
  @APIResponse(responseCode = "403", description = "The step is not for your side or role")
  @APIResponse(responseCode = "404", description = "No such request that you can see")
  @APIResponse(responseCode = "409", description = "wrong_state: not possible now; allowedActions lists what you may do")
  @APIResponse(responseCode = "422", description = "incomplete (SUBMIT): findings say what is missing")
  public RequestDtos.RequestView act(@PathParam("id") String id, InputStream body) throws IOException {
    ExchangeId rid = ExchangeId.parse("id", id);
    RequestDtos.ActionBody in = read(body, RequestDtos.ActionBody.class);
    RequestAction action = RequestDtos.parse(RequestAction.class, "action", in.action);
    Requester r = requester();
    try {
      return RequestDtos.view(service.act(r, rid, action, in.input()), clock.now());
    } catch (RequestException.WrongState | RequestException.Incomplete | RequestException.Conflict e) {
      refused(r, AuditAction.REQUEST_TRANSITION, rid, e, Map.of("action", String.valueOf(action)));
      throw e;
    }
  }

  @POST
  @Path("/{id}/assets")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an asset found during execution", description = "The requested State's focal point, while handling"
      + " the request: an asset the request did not name (same fields as a drafted asset, without holder); it starts IDENTIFIED.")
  @APIResponse(responseCode = "201", description = "The request with the new asset")
  @APIResponse(responseCode = "400", description = "A field is not valid")
  @APIResponse(responseCode = "403", description = "Not the requested State's focal point")
  @APIResponse(responseCode = "409", description = "The request is not being handled")
  public Response addAsset(@PathParam("id") String id, InputStream body) throws IOException {
    ExchangeId rid = ExchangeId.parse("id", id);
    RequestDtos.AssetBody in = read(body, RequestDtos.AssetBody.class);
    Requester r = requester();
    service.addFoundAsset(r, rid, in.data("asset"));
    return Response.status(Response.Status.CREATED).entity(RequestDtos.view(service.read(r, rid), clock.now())).build();
  }

  @POST
  @Path("/{id}/assets/{assetId}/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Report on an asset", description = "The requested State's focal point. Body {status: IDENTIFIED|TRACED|"
      + "FROZEN|SEIZED|RELEASED|TRANSFERRED|NOT_FOUND, effectiveDate, value, currency, executingAuthority (required for FROZEN,"
      + " SEIZED, TRANSFERRED; art. 99(1)), reportText, documentId (optional: a document uploaded into this request's thread"
      + " with POST /threads/{id}/documents)}. Assets move forward only.")
  @APIResponse(responseCode = "201", description = "The recorded event")
  @APIResponse(responseCode = "400", description = "A field is not valid")
  @APIResponse(responseCode = "403", description = "Not the requested State's focal point")
  @APIResponse(responseCode = "404", description = "No such request or asset that you can see")
  @APIResponse(responseCode = "409", description = "asset_status (not a next status) or wrong_state (request not being handled)")
  public Response reportAsset(@PathParam("id") String id, @PathParam("assetId") String assetId, InputStream body) throws IOException {
    ExchangeId rid = ExchangeId.parse("id", id);
    ExchangeId aid = ExchangeId.parse("assetId", assetId);
    RequestDtos.AssetReportBody in = read(body, RequestDtos.AssetReportBody.class);
    var e = service.reportAsset(requester(), rid, aid, in.report());
    return Response.status(Response.Status.CREATED).entity(RequestDtos.event(e)).build();
  }

  @POST
  @Path("/{id}/challenges")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a challenge", description = "The requested State's focal point. Body {code: LEGAL_IMPEDIMENT|"
      + "NO_DOMESTIC_PROCEDURE|INSUFFICIENT_IDENTIFIERS|BANK_SECRECY|ASSET_NOT_FOUND|CAPACITY|TRANSLATION|DEADLINE_TOO_SHORT|OTHER,"
      + " details, assetId (optional)}. DECLINE and REPORT_PARTIAL also carry challenges.")
  @APIResponse(responseCode = "201", description = "The recorded challenge")
  @APIResponse(responseCode = "400", description = "No or unknown code, or an asset not of this request")
  @APIResponse(responseCode = "403", description = "Not the requested State's focal point")
  @APIResponse(responseCode = "404", description = "No such request that you can see")
  public Response challenge(@PathParam("id") String id, InputStream body) throws IOException {
    ExchangeId rid = ExchangeId.parse("id", id);
    RequestDtos.ChallengeBody in = read(body, RequestDtos.ChallengeBody.class);
    var c = service.recordChallenge(requester(), rid, in.input("challenge"));
    return Response.status(Response.Status.CREATED).entity(RequestDtos.challenge(c)).build();
  }

  // --- helpers ---

  private void refused(Requester r, AuditAction action, ExchangeId id, RequestException e, Map<String, String> details) {
    var all = new TreeMap<String, Object>(details);
    all.put("error", e.error());
    audit.refusedOnItsOwn(r, action, AuditOutcome.DENIED, "request", id.value(), null, all);
  }

  static <T> T read(InputStream body, Class<T> type) throws IOException {
    return JsonBodies.read(body, type, MAX_JSON_BYTES, "not a valid JSON object of the expected shape (see /openapi)", RequestException.InvalidInput::new);
  }

  private Requester requester() {
    return new Requester((Caller) security.getUserPrincipal(), request.getRemoteAddr());
  }
}
