package icc.platform.web.audit.api;

import icc.platform.web.api.Allowed;
import icc.platform.web.audit.application.AuditReader;
import icc.platform.web.audit.application.CheckpointService;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.SignedCheckpoint;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit log for auditors and States: signed checkpoints and the key that verifies them,
 * inclusion and consistency proofs (any registered organisation), entries and exports (auditors:
 * all events; a focal point: its own organisation's only). Thin: the rules are in {@link
 * AuditReader} and {@link CheckpointService}.
 */
@Path("/audit")
@RequestScoped
@Tag(name = "Audit", description = "Tamper-evident audit log (RFC 6962 Merkle log, C2SP checkpoints)")
public class AuditResource {

  /** JSON Lines, one canonical JSON object per line (docs/audit-export-format.md). */
  public static final String JSON_LINES = "application/jsonl";
  /** Response header naming the tree size of the checkpoint an export's proofs lead to. */
  public static final String TREE_SIZE_HEADER = "Audit-Tree-Size";
  private static final String TEXT_UTF8 = MediaType.TEXT_PLAIN + ";charset=utf-8";

  @Inject AuditReader reader;
  @Inject CheckpointService checkpoints;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  @Path("/checkpoint")
  @Allowed // any authenticated organisation
  @Produces(TEXT_UTF8)
  @Operation(
      summary = "Latest signed checkpoint",
      description =
          "The latest tree head as a C2SP signed note (tlog-checkpoint: origin, tree size, base64"
              + " root hash, 'timestamp' extension line; blank line; Ed25519 signature line)."
              + " Keep it: it lets you prove later that the log was not rewritten.")
  @APIResponse(responseCode = "200", description = "The signed note")
  @APIResponse(responseCode = "404", description = "No checkpoint has been signed yet")
  public Response latestCheckpoint() {
    return checkpoints.latest().map(AuditResource::note).orElseGet(AuditResource::noCheckpoint);
  }

  @GET
  @Path("/checkpoints/{size}")
  @Allowed
  @Produces(TEXT_UTF8)
  @Operation(summary = "Checkpoint at a tree size", description = "The checkpoint the platform signed at exactly this tree size.")
  @APIResponse(responseCode = "200", description = "The signed note")
  @APIResponse(responseCode = "400", description = "The size is not a non-negative number")
  @APIResponse(responseCode = "404", description = "No checkpoint was signed at that size")
  public Response checkpointAt(
      @Parameter(description = "Tree size") @PathParam("size") String size) {
    long treeSize = Params.number("size", size, null);
    return checkpoints.atSize(treeSize).map(AuditResource::note).orElseGet(AuditResource::noCheckpoint);
  }

  @POST
  @Path("/checkpoint")
  @Allowed(PlatformRole.AUDITOR_NAME)
  @Produces(TEXT_UTF8)
  @Operation(
      summary = "Sign a checkpoint now",
      description =
          "Auditors only. Records the request as an audit event, then signs a checkpoint that"
              + " covers it (the platform also signs one every five minutes if the log grew).")
  @APIResponse(responseCode = "200", description = "The new signed note")
  @APIResponse(responseCode = "403", description = "Not an auditor")
  public Response signCheckpoint() {
    return note(checkpoints.signRequestedBy(Actor.of(caller()), request.getRemoteAddr()));
  }

  @GET
  @Path("/key")
  @Allowed
  @Produces(TEXT_UTF8)
  @Operation(
      summary = "Checkpoint verifier key",
      description =
          "The platform's verifier key line, <name>+<key id>+<base64 key> (C2SP signed-note vkey)."
              + " Compare it with the copy obtained out of band before trusting it.")
  @APIResponse(responseCode = "200", description = "The vkey line")
  public String verifierKey() {
    return checkpoints.verifierKey().encode() + "\n";
  }

  @GET
  @Path("/proofs/inclusion")
  @Allowed
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Inclusion proof",
      description = "RFC 9162 inclusion_path of the entry at 'index' in the tree of size 'treeSize'.")
  @APIResponse(responseCode = "200", description = "The proof, base64 hashes from the leaf's sibling upward")
  @APIResponse(responseCode = "400", description = "index or treeSize missing or out of range")
  public ProofDtos.Inclusion inclusionProof(
      @Parameter(description = "Leaf index, 0 <= index < treeSize") @QueryParam("index") String index,
      @Parameter(description = "Tree size, 1 to the log's size (use a checkpoint's size)") @QueryParam("treeSize") String treeSize) {
    return ProofDtos.Inclusion.of(
        reader.inclusionProof(Params.number("index", index, null), Params.number("treeSize", treeSize, null)));
  }

  @GET
  @Path("/proofs/consistency")
  @Allowed
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Consistency proof",
      description = "RFC 9162 consistency_path from tree size 'size1' to 'size2' (0 < size1 <= size2).")
  @APIResponse(responseCode = "200", description = "The proof, base64 hashes")
  @APIResponse(responseCode = "400", description = "size1 or size2 missing or out of range")
  public ProofDtos.Consistency consistencyProof(
      @Parameter(description = "Earlier tree size") @QueryParam("size1") String size1,
      @Parameter(description = "Later tree size") @QueryParam("size2") String size2) {
    return ProofDtos.Consistency.of(
        reader.consistencyProof(Params.number("size1", size1, null), Params.number("size2", size2, null)));
  }

  @GET
  @Path("/entries")
  @Allowed({PlatformRole.AUDITOR_NAME, PlatformRole.FOCAL_POINT_NAME})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Audit events",
      description =
          "Events from leaf index 'from' on, in log order. Auditors see every event; a focal point"
              + " sees only those concerning its own organisation. The read is itself audited.")
  @APIResponse(responseCode = "200", description = "A page of events; 'nextFrom' is absent on the last page")
  @APIResponse(responseCode = "400", description = "from or limit out of range")
  @APIResponse(responseCode = "403", description = "Neither an auditor nor a focal point")
  public EntryDtos.Page entries(
      @Parameter(description = "First leaf index (default 0)") @QueryParam("from") String from,
      @Parameter(description = "Most events returned, 1 to " + AuditReader.MAX_PAGE + " (default 100)")
          @QueryParam("limit") String limit) {
    return EntryDtos.Page.of(
        reader.entries(
            caller(),
            Params.number("from", from, 0L),
            (int) Params.bounded("limit", limit, 100, AuditReader.MAX_PAGE),
            request.getRemoteAddr()));
  }

  @GET
  @Path("/export")
  @Allowed({PlatformRole.AUDITOR_NAME, PlatformRole.FOCAL_POINT_NAME})
  @Produces(JSON_LINES)
  @Operation(
      summary = "Export events with proofs",
      description =
          "An icc-audit-export/v1 file (JSON Lines) of up to 'count' events from leaf index 'from'"
              + " that the caller may read, each with its inclusion proof to the checkpoint of tree"
              + " size 'size' (default: the latest; its size is also in the Audit-Tree-Size header),"
              + " and a consistency proof from 'previousSize' if given. Verify it offline with"
              + " 'platform-verify audit --export FILE --checkpoint FILE --vkey-file FILE'.")
  @APIResponse(responseCode = "200", description = "The export file")
  @APIResponse(responseCode = "400", description = "A parameter out of range, or no such checkpoint")
  @APIResponse(responseCode = "403", description = "Neither an auditor nor a focal point")
  public Response export(
      @Parameter(description = "First leaf index (default 0)") @QueryParam("from") String from,
      @Parameter(description = "Most events, 1 to " + AuditReader.MAX_EXPORT + " (default 1000)")
          @QueryParam("count") String count,
      @Parameter(description = "Tree size of a signed checkpoint (default: the latest)") @QueryParam("size") String size,
      @Parameter(description = "Tree size of a checkpoint you kept, for a consistency proof")
          @QueryParam("previousSize") String previousSize) {
    AuditReader.Export export =
        reader.export(
            caller(),
            Params.number("from", from, 0L),
            (int) Params.bounded("count", count, 1000, AuditReader.MAX_EXPORT),
            Params.optionalNumber("size", size),
            Params.optionalNumber("previousSize", previousSize),
            request.getRemoteAddr());
    return Response.ok(export.jsonLines(), JSON_LINES + ";charset=utf-8")
        .header(TREE_SIZE_HEADER, export.checkpoint().treeSize())
        .header("Content-Disposition", "attachment; filename=\"audit-export-" + export.checkpoint().treeSize() + ".jsonl\"")
        .build();
  }

  private Caller caller() {
    return (Caller) security.getUserPrincipal();
  }

  private static Response note(SignedCheckpoint checkpoint) {
    return Response.ok(checkpoint.signedNote(), TEXT_UTF8)
        .header(TREE_SIZE_HEADER, checkpoint.treeSize())
        .build();
  }

  private static Response noCheckpoint() {
    return icc.platform.web.api.ApiError.response(
        Response.Status.NOT_FOUND, "no_checkpoint", "No checkpoint has been signed at that size yet");
  }
}
