package icc.platform.web.library.api;

import icc.platform.web.api.Allowed;
import icc.platform.web.library.application.LibraryService;
import icc.platform.web.library.application.LibraryViews;
import icc.platform.web.library.domain.DocumentType;
import icc.platform.web.library.domain.LibraryException;
import icc.platform.web.library.domain.SearchQuery;
import icc.platform.web.library.domain.SearchTerms;
import icc.platform.web.library.domain.StoredFile;
import icc.platform.web.library.domain.Topic;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The best-practice library: search, read, contribute, version, attach files, moderate. Thin:
 * the rules are in {@link LibraryService} and the domain. Readers are the users of States and
 * the Court; platform operators manage accounts and logs, not content (DESIGN.md section 2).
 */
@Path("/library")
@RequestScoped
@Tag(name = "Library", description = "Best-practice library (issue 8): moderated, versioned, full-text search")
@Allowed({
  PlatformRole.FOCAL_POINT_NAME, PlatformRole.OFFICER_NAME, PlatformRole.STATE_ADMIN_NAME,
  PlatformRole.OBSERVER_NAME, PlatformRole.COURT_REQUESTER_NAME, PlatformRole.COURT_ANALYST_NAME,
  PlatformRole.COURT_ADMIN_NAME, PlatformRole.LIBRARY_REVIEWER_NAME
})
public class LibraryResource {

  static final String[] CONTRIBUTORS = {
    PlatformRole.FOCAL_POINT_NAME, PlatformRole.COURT_REQUESTER_NAME, PlatformRole.COURT_ADMIN_NAME
  };

  @Inject LibraryService library;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  @Path("/entries")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Search the library",
      description =
          "Full-text search over the published versions you may see: titles, summaries in every"
              + " language and the text of attached files, analysed in English and in French (stemming,"
              + " accents ignored). Any word may match; entries matching more and rarer words come"
              + " first; \"...\" searches a phrase, +word requires a word, -word excludes one, word*"
              + " matches a prefix. Changes are searchable about a second after they are made."
              + " Filters narrow the results; 'facets' count the matches per jurisdiction, topic,"
              + " type, language and year; 'snippet' is a passage split into matched and plain"
              + " fragments. Without 'q', lists entries newest first.")
  @APIResponse(responseCode = "200", description = "A page of results")
  @APIResponse(responseCode = "400", description = "A filter or paging value is invalid (the body names the field)")
  public LibraryViews.SearchPage search(
      @Parameter(description = "Words to look for, any language") @QueryParam("q") String q,
      @Parameter(description = "ISO 3166-1 alpha-2 code, ICC or INT") @QueryParam("jurisdiction") String jurisdiction,
      @Parameter(description = "Topic, e.g. ASSET_RECOVERY") @QueryParam("topic") String topic,
      @Parameter(description = "Document type, e.g. PROCEDURE") @QueryParam("type") String type,
      @Parameter(description = "ISO 639-1 language code of the document") @QueryParam("language") String language,
      @Parameter(description = "Year of the document's date") @QueryParam("year") String year,
      @Parameter(description = "relevance (default with q), newest (default without), title") @QueryParam("sort") String sort,
      @Parameter(description = "First result, default 0") @QueryParam("offset") String offset,
      @Parameter(description = "Results per page, 1 to 100, default 20") @QueryParam("limit") String limit) {
    return library.search(caller(), query(q, jurisdiction, topic, type, language, year, sort, offset, limit));
  }

  /** The query of a search request; a bad value is a 400 naming its parameter. */
  static SearchQuery query(String q, String jurisdiction, String topic, String type, String language,
      String year, String sort, String offset, String limit) {
    return
        new SearchQuery(
            SearchTerms.parse(q),
            blankToNull(jurisdiction),
            blank(topic) ? null : EntryRequest.parse(Topic.class, "topic", topic),
            blank(type) ? null : EntryRequest.parse(DocumentType.class, "type", type),
            blankToNull(language),
            blank(year) ? null : number("year", year),
            blank(sort) ? null : EntryRequest.parse(SearchQuery.Sort.class, "sort", sort),
            blank(offset) ? 0 : number("offset", offset),
            blank(limit) ? 20 : number("limit", limit));
  }

  @POST
  @Path("/entries")
  @Allowed({PlatformRole.FOCAL_POINT_NAME, PlatformRole.COURT_REQUESTER_NAME, PlatformRole.COURT_ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Contribute an entry",
      description =
          "State focal points and Court users. Version 1 awaits moderation: until a reviewer"
              + " approves it, only your organisation's contributors and the reviewers see it.")
  @APIResponse(responseCode = "201", description = "The new entry, its version 1 pending")
  @APIResponse(responseCode = "400", description = "Invalid content; 'field' names what to fix; nothing was stored")
  @APIResponse(responseCode = "403", description = "Your role does not contribute")
  public Response contribute(String body) {
    EntryRequest entry = JsonBody.parse(body, EntryRequest.class);
    LibraryViews.Entry created = library.contribute(caller(), entry.toContent(), from());
    return Response.created(URI.create("library/entries/" + created.id())).entity(created).build();
  }

  @GET
  @Path("/entries/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Read an entry",
      description =
          "The published version (or, for its owner and reviewers, the latest draft) and the list"
              + " of versions you may see.")
  @APIResponse(responseCode = "200", description = "The entry")
  @APIResponse(responseCode = "404", description = "No such entry, or not visible to you")
  public LibraryViews.Entry entry(@PathParam("id") String id) {
    return library.entry(caller(), id(id));
  }

  @POST
  @Path("/entries/{id}/versions")
  @Allowed({PlatformRole.FOCAL_POINT_NAME, PlatformRole.COURT_REQUESTER_NAME, PlatformRole.COURT_ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Propose a new version",
      description =
          "Contributors of the owning organisation. The full new content; the files of the latest"
              + " version are carried forward unless keepFiles is false. The published version"
              + " stays visible until a reviewer approves the new one; older versions stay readable.")
  @APIResponse(responseCode = "201", description = "The entry with its new pending version")
  @APIResponse(responseCode = "400", description = "Invalid content")
  @APIResponse(responseCode = "403", description = "Not a contributor of the owning organisation")
  @APIResponse(responseCode = "404", description = "No such entry, or not visible to you")
  @APIResponse(responseCode = "409", description = "A version is already awaiting moderation")
  public Response propose(@PathParam("id") String id, String body) {
    EntryRequest entry = JsonBody.parse(body, EntryRequest.class);
    LibraryViews.Entry updated =
        library.propose(caller(), id(id), entry.toContent(), entry.changeNote,
            entry.keepFiles == null || entry.keepFiles, from());
    return Response.created(URI.create("library/entries/" + updated.id() + "/versions/" + updated.pendingVersion()))
        .entity(updated)
        .build();
  }

  @GET
  @Path("/entries/{id}/versions/{number}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Read one version", description = "Any version you may see, including superseded ones.")
  @APIResponse(responseCode = "200", description = "The version")
  @APIResponse(responseCode = "404", description = "No such version, or not visible to you")
  public LibraryViews.Version version(@PathParam("id") String id, @PathParam("number") String number) {
    return library.version(caller(), id(id), (int) id(number));
  }

  @POST
  @Path("/entries/{id}/versions/{number}/attachments")
  @Allowed({PlatformRole.FOCAL_POINT_NAME, PlatformRole.COURT_REQUESTER_NAME, PlatformRole.COURT_ADMIN_NAME})
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Attach a file to a pending version",
      description =
          "The body is the file itself; 'name' gives its file name. PDF, DOCX, ODT or UTF-8 text,"
              + " at most 10 MiB. The type is found from the content (the Content-Type header is"
              + " ignored) and must agree with the name's extension. Its text is indexed for search.")
  @APIResponse(responseCode = "201", description = "The attachment")
  @APIResponse(responseCode = "400", description = "Empty, too large, unsupported, misnamed or damaged file; nothing stored")
  @APIResponse(responseCode = "404", description = "No such version, or not visible to you")
  @APIResponse(responseCode = "409", description = "The version is no longer pending")
  public Response attach(
      @PathParam("id") String id,
      @PathParam("number") String number,
      @Parameter(description = "File name, e.g. procedure.pdf") @QueryParam("name") String name,
      InputStream body) throws IOException {
    byte[] content = body.readNBytes(StoredFile.MAX_BYTES + 1);
    LibraryViews.Attachment attachment =
        library.attach(caller(), id(id), (int) id(number), name, content, from());
    return Response.created(
            URI.create("library/entries/" + id + "/versions/" + number + "/attachments/" + attachment.id()))
        .entity(attachment)
        .build();
  }

  @GET
  @Path("/entries/{id}/versions/{number}/attachments/{attachment}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a file", description = "The download is recorded in the audit log.")
  @APIResponse(responseCode = "200", description = "The file, with its type as found on upload")
  @APIResponse(responseCode = "404", description = "No such file, or not visible to you")
  public Response download(
      @PathParam("id") String id, @PathParam("number") String number, @PathParam("attachment") String attachment) {
    return fileResponse(library.download(caller(), id(id), (int) id(number), id(attachment), from()));
  }

  static Response fileResponse(LibraryViews.Download file) {
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", contentDisposition(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(file.sha256())))
        .build();
  }

  @GET
  @Path("/moderation")
  @Allowed(PlatformRole.LIBRARY_REVIEWER_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Moderation queue", description = "Reviewers: pending versions, oldest first.")
  @APIResponse(responseCode = "200", description = "The queue")
  @APIResponse(responseCode = "403", description = "Not a library reviewer")
  public List<LibraryViews.QueueItem> moderationQueue() {
    return library.moderationQueue(caller());
  }

  @POST
  @Path("/entries/{id}/versions/{number}/approve")
  @Allowed(PlatformRole.LIBRARY_REVIEWER_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve a pending version", description = "Publishes it; an optional JSON body {\"note\": ...}.")
  @APIResponse(responseCode = "200", description = "The approved version")
  @APIResponse(responseCode = "403", description = "Not a reviewer, or the reviewer submitted it")
  @APIResponse(responseCode = "409", description = "Already decided")
  public LibraryViews.Version approve(
      @PathParam("id") String id, @PathParam("number") String number, String body) {
    String note = body == null || body.isBlank() ? null : JsonBody.parse(body, DecisionRequest.class).note;
    return library.approve(caller(), id(id), (int) id(number), note, from());
  }

  @POST
  @Path("/entries/{id}/versions/{number}/reject")
  @Allowed(PlatformRole.LIBRARY_REVIEWER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject a pending version", description = "JSON body {\"reason\": ...}, required; shown to the contributor.")
  @APIResponse(responseCode = "200", description = "The rejected version")
  @APIResponse(responseCode = "400", description = "No reason given")
  @APIResponse(responseCode = "409", description = "Already decided")
  public LibraryViews.Version reject(
      @PathParam("id") String id, @PathParam("number") String number, String body) {
    return library.reject(caller(), id(id), (int) id(number), JsonBody.parse(body, DecisionRequest.class).reason, from());
  }

  @POST
  @Path("/entries/{id}/versions/{number}/withdraw")
  @Allowed({PlatformRole.FOCAL_POINT_NAME, PlatformRole.COURT_REQUESTER_NAME, PlatformRole.COURT_ADMIN_NAME})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Withdraw your pending version",
      description = "The person who submitted a version takes it back before a reviewer decided. It stays in"
          + " the history as 'WITHDRAWN'; the published version is unchanged; a new version can be proposed.")
  @APIResponse(responseCode = "200", description = "The withdrawn version")
  @APIResponse(responseCode = "403", description = "Not the person who submitted it")
  @APIResponse(responseCode = "404", description = "No such version, or not visible to you")
  @APIResponse(responseCode = "409", description = "Not pending any more")
  public LibraryViews.Version withdraw(@PathParam("id") String id, @PathParam("number") String number) {
    return library.withdraw(caller(), id(id), (int) id(number), from());
  }

  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Caller caller() {
    return (Caller) security.getUserPrincipal();
  }

  private String from() {
    return request.getRemoteAddr();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s;
  }

  private static int number(String field, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new LibraryException.InvalidInput(field, field + " must be a whole number");
    }
  }

  static long id(String value) {
    try {
      long id = Long.parseLong(value);
      if (id > 0 && id < Integer.MAX_VALUE) {
        return id;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new LibraryException.NotFound("There is no such library entry, version or file");
  }
}
