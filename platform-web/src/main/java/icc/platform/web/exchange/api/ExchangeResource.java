package icc.platform.web.exchange.api;

import icc.platform.web.api.Allowed;
import icc.platform.web.api.JsonBodies;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.exchange.application.DocumentService;
import icc.platform.web.exchange.application.ExchangeAudit;
import icc.platform.web.exchange.application.Requester;
import icc.platform.web.exchange.application.ThreadService;
import icc.platform.web.exchange.domain.ExchangeDocument;
import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.exchange.domain.ExchangeId;
import icc.platform.web.exchange.domain.ExchangeRepository.InboxFilter;
import icc.platform.web.exchange.domain.HandlingCode;
import icc.platform.web.exchange.domain.ThreadKind;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Threads, messages, documents, consent requests and receipts (issue 6). Only content roles reach
 * these operations (others: 403, audited); what each role may do in a thread, and 404 for threads
 * the caller's organisation does not take part in, is decided by the domain
 * ({@code ThreadAccess}), in the application services.
 */
@Path("/threads")
@RequestScoped
@Allowed({PlatformRole.FOCAL_POINT_NAME, PlatformRole.OFFICER_NAME, PlatformRole.OBSERVER_NAME, PlatformRole.COURT_REQUESTER_NAME})
@Tag(name = "Exchange", description = "Threads between organisations, signed messages, encrypted signed documents, handling codes")
public class ExchangeResource {

  /** JSON request bodies are small; refuse anything larger before parsing. */
  static final int MAX_JSON_BYTES = 256 * 1024;
  /** Response header: the handling code of the material served. */
  public static final String HANDLING_CODE = "Handling-Code";
  /** Response header on H1 material: the marking every download carries. */
  public static final String HANDLING_NOTICE = "Handling-Notice";

  @Inject ThreadService threads;
  @Inject DocumentService documents;
  @Inject ExchangeAudit audit;
  @Inject icc.platform.web.exchange.application.MessageSignatures signatures;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Inbox", description = "Threads the caller may see, most recent activity first (at most "
      + ThreadService.INBOX_LIMIT + "). Focal points, Court requesters and observers: all threads of their organisation;"
      + " officers: the threads they were added to. 'unread' is true when something happened since you last opened it.")
  @APIResponse(responseCode = "200", description = "Thread summaries")
  @APIResponse(responseCode = "400", description = "A filter value is not valid")
  public List<ExchangeDtos.ThreadSummary> inbox(
      @Parameter(description = "DISCUSSION or NOTICE") @QueryParam("kind") String kind,
      @Parameter(description = "H0 to H3") @QueryParam("handlingCode") String handlingCode,
      @Parameter(description = "Only threads this organisation takes part in, e.g. FR") @QueryParam("organisation") String organisation,
      @Parameter(description = "Only threads last active on or after this day (UTC), e.g. 2026-01-31") @QueryParam("from") String from,
      @Parameter(description = "Only threads last active on or before this day (UTC)") @QueryParam("to") String to) {
    InboxFilter filter = new InboxFilter(
        ExchangeDtos.parse(ThreadKind.class, "kind", kind),
        ExchangeDtos.parse(HandlingCode.class, "handlingCode", handlingCode),
        organisation == null || organisation.isBlank() ? null : organisationCode(organisation),
        ExchangeDtos.date("from", from), ExchangeDtos.date("to", to));
    return threads.inbox(requester(), filter).stream().map(ExchangeDtos::summary).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Open a thread", description = "Focal points and Court requesters. Body: {kind: DISCUSSION|NOTICE,"
      + " subject, classification: UNCLASSIFIED|RESTRICTED|CONFIDENTIAL, handlingCode: H0..H3, handlingConditions (H3 only),"
      + " participants: [organisation codes], message (optional first message), notice (NOTICE only: {type:"
      + " WARRANT_SUBJECT_TRAVEL|VOLUNTARY_CONTACT_ADVISORY, personReference, from, to, places, source})}. A NOTICE"
      + " without participants goes to the Court.")
  @APIResponse(responseCode = "201", description = "The new thread")
  @APIResponse(responseCode = "400", description = "A field is missing or not valid; nothing was created")
  @APIResponse(responseCode = "403", description = "Your role may not open threads")
  public Response open(InputStream body) throws IOException {
    ExchangeDtos.NewThread in = read(body, ExchangeDtos.NewThread.class);
    var t = threads.open(requester(), in.command());
    var details = new ThreadService.ThreadDetails(t, icc.platform.web.exchange.domain.ThreadAccess.Level.MANAGE, List.of(), List.of(), List.of(),
        Map.of());
    return Response.created(URI.create("threads/" + t.id().value())).entity(ExchangeDtos.view(details)).build();
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Open a thread", description = "Participants, members, messages, documents and consent requests."
      + " Records a read receipt. Each message's signature is verified again as it is served: 'signature' is 'verified',"
      + " or 'failed' with 'signatureProblem' (then 'signed' is false: do not rely on that text).")
  @APIResponse(responseCode = "200", description = "The thread")
  @APIResponse(responseCode = "404", description = "No such thread, or your organisation does not take part in it")
  public ExchangeDtos.ThreadView thread(@PathParam("id") String id) {
    ThreadService.ThreadDetails d = threads.read(requester(), ExchangeId.parse("id", id));
    return ExchangeDtos.view(d);
  }

  @POST
  @Path("/{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post a message", description = "Body {text}. Signed with your organisation's key (CMS, RFC 3161 timestamp).")
  @APIResponse(responseCode = "201", description = "The message")
  @APIResponse(responseCode = "400", description = "No text, or too long")
  @APIResponse(responseCode = "403", description = "Your role may read but not write here")
  @APIResponse(responseCode = "404", description = "No such thread that you can see")
  public Response postMessage(@PathParam("id") String id, InputStream body) throws IOException {
    ExchangeId threadId = ExchangeId.parse("id", id);
    ExchangeDtos.NewMessage in = read(body, ExchangeDtos.NewMessage.class);
    var m = threads.postMessage(requester(), threadId, in.text);
    return Response.status(Response.Status.CREATED).entity(ExchangeDtos.message(m, signatures.check(m))).build();
  }

  @POST
  @Path("/{id}/participants")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an organisation", description = "Body {organisation}. A focal point (or Court requester) of a"
      + " participant. Under H2, an organisation other than the originator needs the originator's granted consent for"
      + " exactly this organisation (see consents). The documents' data keys are wrapped for it; content is not re-encrypted.")
  @APIResponse(responseCode = "200", description = "The thread's participants now")
  @APIResponse(responseCode = "400", description = "Not an active organisation")
  @APIResponse(responseCode = "409", description = "consent_required (H2 without consent) or already_participant")
  public List<ExchangeDtos.ParticipantView> addParticipant(@PathParam("id") String id, InputStream body) throws IOException {
    ExchangeId threadId = ExchangeId.parse("id", id);
    ExchangeDtos.NewParticipant in = read(body, ExchangeDtos.NewParticipant.class);
    Requester r = requester();
    try {
      var t = threads.addParticipant(r, threadId, in.organisation);
      return t.participants().stream()
          .map(p -> new ExchangeDtos.ParticipantView(p.organisationCode(), p.addedAt().toString(), p.addedBy(), p.consentId()))
          .toList();
    } catch (ExchangeException.Conflict e) {
      refused(r, AuditAction.EXCHANGE_PARTICIPANT_ADD, "thread", threadId.value(), e, Map.of("organisation", String.valueOf(in.organisation)));
      throw e;
    }
  }

  @POST
  @Path("/{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an officer", description = "Body {username}: a user of your own organisation's realm, who"
      + " then sees this thread. Focal points only.")
  @APIResponse(responseCode = "200", description = "The thread's members now")
  @APIResponse(responseCode = "409", description = "Already a member")
  public List<ExchangeDtos.MemberView> addMember(@PathParam("id") String id, InputStream body) throws IOException {
    ExchangeId threadId = ExchangeId.parse("id", id);
    ExchangeDtos.NewMember in = read(body, ExchangeDtos.NewMember.class);
    var t = threads.addMember(requester(), threadId, in.username);
    return t.members().stream()
        .map(m -> new ExchangeDtos.MemberView(m.organisationCode(), m.username(), m.addedAt().toString(), m.addedBy()))
        .toList();
  }

  @POST
  @Path("/{id}/consents")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ask the originator's consent", description = "Body {organisation, reason}: to pass this H2 thread's"
      + " material on to that organisation.")
  @APIResponse(responseCode = "201", description = "The pending request")
  @APIResponse(responseCode = "409", description = "consent_not_needed or already_participant")
  public Response askConsent(@PathParam("id") String id, InputStream body) throws IOException {
    ExchangeId threadId = ExchangeId.parse("id", id);
    ExchangeDtos.NewConsentRequest in = read(body, ExchangeDtos.NewConsentRequest.class);
    var c = threads.askConsent(requester(), threadId, in.organisation, in.reason);
    return Response.status(Response.Status.CREATED).entity(ExchangeDtos.consent(c)).build();
  }

  @POST
  @Path("/{id}/consents/{consentId}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer a consent request", description = "Body {granted: true|false}. The originator organisation's"
      + " focal point (or Court requester), once.")
  @APIResponse(responseCode = "200", description = "The answered request")
  @APIResponse(responseCode = "403", description = "Not the originator organisation")
  @APIResponse(responseCode = "409", description = "already_answered")
  public ExchangeDtos.ConsentView answerConsent(@PathParam("id") String id, @PathParam("consentId") String consentId, InputStream body)
      throws IOException {
    ExchangeId threadId = ExchangeId.parse("id", id);
    ExchangeId cid = ExchangeId.parse("consentId", consentId);
    ExchangeDtos.ConsentAnswer in = read(body, ExchangeDtos.ConsentAnswer.class);
    return ExchangeDtos.consent(threads.answerConsent(requester(), threadId, cid, in.granted));
  }

  @GET
  @Path("/{id}/receipts")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Receipts", description = "Who read the thread and who downloaded which document, when. The"
      + " originator organisation sees all; another participant sees those of the documents it uploaded.")
  @APIResponse(responseCode = "200", description = "The receipts, oldest first")
  public ExchangeDtos.ReceiptList receipts(@PathParam("id") String id) {
    ExchangeId threadId = ExchangeId.parse("id", id);
    return new ExchangeDtos.ReceiptList(threadId.value(),
        threads.receipts(requester(), threadId).stream().map(ExchangeDtos::receipt).toList());
  }

  @POST
  @Path("/{id}/documents")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Upload a document", description = "The body is the document's bytes (application/octet-stream),"
      + " streamed: hashed, signed with an RFC 3161 timestamp and encrypted for exactly the participant organisations"
      + " while it arrives, then stored. At most platform.exchange.max-document-bytes (default 2 GiB).")
  @APIResponse(responseCode = "201", description = "The stored document")
  @APIResponse(responseCode = "400", description = "No or bad file name, bad media type, or fewer bytes than Content-Length")
  @APIResponse(responseCode = "413", description = "Larger than the limit; nothing stored")
  @APIResponse(responseCode = "415", description = "Not application/octet-stream")
  public Response upload(
      @PathParam("id") String id,
      @Parameter(description = "The document's name, e.g. statement.pdf (no path)") @QueryParam("filename") String filename,
      @Parameter(description = "The document's media type, informative (default application/octet-stream)")
          @HeaderParam("Document-Media-Type") String mediaType,
      @HeaderParam("Content-Length") String contentLength,
      InputStream body) throws IOException {
    ExchangeId threadId = ExchangeId.parse("id", id);
    long declared = contentLength(contentLength);
    ExchangeDocument d = documents.upload(requester(), threadId, filename, mediaType, declared, body);
    return Response.created(URI.create("threads/" + threadId.value() + "/documents/" + d.id().value()))
        .entity(ExchangeDtos.document(d)).build();
  }

  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(summary = "Download a document", description = "Decrypted and verified (every segment, signature, timestamp,"
      + " certificate path) before the first byte is sent. Headers: Handling-Code, and Handling-Notice on H1 material;"
      + " Repr-Digest (RFC 9530) with the SHA-256.")
  @APIResponse(responseCode = "200", description = "The document's bytes")
  @APIResponse(responseCode = "404", description = "No such document that you can see")
  @APIResponse(responseCode = "409", description = "document_verification_failed: the stored document did not verify; nothing is served")
  public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) throws IOException {
    DocumentService.Served s = documents.plaintext(requester(), ExchangeId.parse("id", id), ExchangeId.parse("documentId", documentId));
    return marked(Response.ok((StreamingOutput) s::writeTo, MediaType.APPLICATION_OCTET_STREAM_TYPE), s.document(), "")
        .header("Content-Length", s.length())
        .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(s.document().sha256()) + ":")
        .header("Document-Media-Type", s.document().mediaType())
        .build();
  }

  @GET
  @Path("/{id}/documents/{documentId}/package")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(summary = "Raw encrypted package", description = "The ICCPKG file (key envelope, signature, segmented ciphertext;"
      + " docs/crypto.md) for 'platform-verify decrypt' on a machine that never talks to the platform.")
  @APIResponse(responseCode = "200", description = "The package")
  public Response rawPackage(@PathParam("id") String id, @PathParam("documentId") String documentId) {
    ExchangeDocument d = documents.packageFor(requester(), ExchangeId.parse("id", id), ExchangeId.parse("documentId", documentId));
    return marked(Response.ok((StreamingOutput) out -> documents.writePackage(d, out), MediaType.APPLICATION_OCTET_STREAM_TYPE), d, ".iccpkg")
        .build();
  }

  @GET
  @Path("/{id}/documents/{documentId}/signature")
  @Produces("application/pkcs7-signature")
  @Operation(summary = "Detached signature", description = "CMS SignedData (.p7s) with the RFC 3161 timestamp, for"
      + " 'platform-verify verify' or 'openssl cms -verify'.")
  @APIResponse(responseCode = "200", description = "The signature, DER")
  public Response signature(@PathParam("id") String id, @PathParam("documentId") String documentId) {
    ExchangeDocument d = documents.signatureFor(requester(), ExchangeId.parse("id", id), ExchangeId.parse("documentId", documentId));
    return marked(Response.ok(d.signature(), "application/pkcs7-signature"), d, ".p7s").build();
  }

  @GET
  @Path("/{id}/documents/{documentId}/cms")
  @Produces("application/pkcs7-mime")
  @Operation(summary = "OpenSSL interop export", description = "A standard CMS AuthEnvelopedData (AES-256-GCM) encrypted to"
      + " your organisation's key: 'openssl cms -decrypt -inform DER -in F.p7m -recip enc.pem -inkey enc.key'.")
  @APIResponse(responseCode = "200", description = "The AuthEnvelopedData, DER")
  @APIResponse(responseCode = "409", description = "document_verification_failed")
  public Response cms(@PathParam("id") String id, @PathParam("documentId") String documentId) throws IOException {
    DocumentService.Served s = documents.cmsExport(requester(), ExchangeId.parse("id", id), ExchangeId.parse("documentId", documentId));
    return marked(Response.ok((StreamingOutput) s::writeTo, "application/pkcs7-mime"), s.document(), ".p7m")
        .header("Content-Length", s.length())
        .build();
  }

  @POST
  @Path("/{id}/documents/{documentId}/forward")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Forward a document", description = "Body {thread}: another thread you may write to. The data key is"
      + " wrapped for that thread's participants; under H2, every organisation it would newly reach needs the originator's"
      + " consent.")
  @APIResponse(responseCode = "201", description = "The copy in the target thread")
  @APIResponse(responseCode = "409", description = "consent_required")
  public Response forward(@PathParam("id") String id, @PathParam("documentId") String documentId, InputStream body) throws IOException {
    ExchangeId threadId = ExchangeId.parse("id", id);
    ExchangeId docId = ExchangeId.parse("documentId", documentId);
    ExchangeDtos.ForwardTo in = read(body, ExchangeDtos.ForwardTo.class);
    ExchangeId target = ExchangeId.parse("thread", in.thread);
    Requester r = requester();
    try {
      ExchangeDocument copy = threads.forward(r, threadId, docId, target);
      return Response.status(Response.Status.CREATED).entity(ExchangeDtos.document(copy)).build();
    } catch (ExchangeException.Conflict e) {
      refused(r, AuditAction.EXCHANGE_DOCUMENT_FORWARD, "document", docId.value(), e, Map.of("toThread", target.value()));
      throw e;
    }
  }

  // --- helpers ---

  /** Attachment disposition and the handling marking every download carries. */
  static Response.ResponseBuilder marked(Response.ResponseBuilder b, ExchangeDocument d, String suffix) {
    String name = d.fileName() + suffix;
    b.header("Content-Disposition", "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
        .header(HANDLING_CODE, d.handlingCode().name())
        .header("Document-SHA256", d.sha256Text().substring("sha256:".length()));
    if (d.handlingCode().markedOnDownload()) {
      b.header(HANDLING_NOTICE, "H1: " + d.handlingCode().meaning() + " (" + d.originOrg() + ")");
    }
    return b;
  }

  private static String asciiFallback(String name) {
    return name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
  }

  private void refused(Requester r, AuditAction action, String type, String id, ExchangeException e, Map<String, String> details) {
    var all = new java.util.TreeMap<String, Object>(details);
    all.put("error", e.error());
    all.put("reason", e.getMessage());
    audit.refusedOnItsOwn(r, action, AuditOutcome.DENIED, type, id, null, all);
  }

  private static String organisationCode(String text) {
    try {
      return OrganisationCode.parse(text).value();
    } catch (IllegalArgumentException e) {
      throw new ExchangeException.InvalidInput("organisation", "an organisation code such as NL or COURT");
    }
  }

  private static long contentLength(String header) {
    if (header == null || header.isBlank()) {
      return -1;
    }
    try {
      long n = Long.parseLong(header.strip());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ExchangeException.InvalidInput("Content-Length", "must be a non-negative number of bytes");
    }
  }

  static <T> T read(InputStream body, Class<T> type) throws IOException {
    return JsonBodies.read(body, type, MAX_JSON_BYTES, "not a valid JSON object of the expected shape", ExchangeException.InvalidInput::new);
  }

  private Requester requester() {
    return new Requester((Caller) security.getUserPrincipal(), request.getRemoteAddr());
  }
}
