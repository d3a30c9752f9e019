package icc.platform.web.library.api;

import icc.platform.web.api.PublicAccess;
import icc.platform.web.library.application.LibraryService;
import icc.platform.web.library.application.LibraryViews;
import icc.platform.web.library.domain.DocumentType;
import icc.platform.web.library.domain.SearchQuery;
import icc.platform.web.library.domain.SearchTerms;
import icc.platform.web.library.domain.Topic;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The library entries their contributors marked PUBLIC, read-only and without a token: the
 * library's contribution to the public understanding of cooperation with the Court (seed 000
 * para 8). Only published versions with visibility PUBLIC exist here; any other entry, version
 * or file answers 404 exactly as a missing one does, so nothing else can even be counted.
 */
@Path("/public/library")
@RequestScoped
@Tag(name = "Public library", description = "Library entries marked PUBLIC, without signing in")
public class PublicLibraryResource {

  @Inject LibraryService library;
  @Context HttpServletRequest request;

  @GET
  @Path("/entries")
  @PublicAccess
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Search the public library", description = "Like GET /library/entries, over PUBLIC entries only; no token.")
  @APIResponse(responseCode = "200", description = "A page of results")
  @APIResponse(responseCode = "400", description = "A filter or paging value is invalid")
  public LibraryViews.SearchPage search(
      @QueryParam("q") String q, @QueryParam("jurisdiction") String jurisdiction,
      @QueryParam("topic") String topic, @QueryParam("type") String type,
      @QueryParam("language") String language, @QueryParam("year") String year,
      @QueryParam("sort") String sort, @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return library.searchPublic(LibraryResource.query(q, jurisdiction, topic, type, language, year, sort, offset, limit));
  }

  @GET
  @Path("/entries/{id}")
  @PublicAccess
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Read a public entry", description = "Its published version and its published history; no token.")
  @APIResponse(responseCode = "200", description = "The entry")
  @APIResponse(responseCode = "404", description = "No such public entry")
  public LibraryViews.Entry entry(@PathParam("id") String id) {
    return library.publicEntry(LibraryResource.id(id));
  }

  @GET
  @Path("/entries/{id}/versions/{number}")
  @PublicAccess
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Read one published version of a public entry")
  @APIResponse(responseCode = "200", description = "The version")
  @APIResponse(responseCode = "404", description = "No such public version")
  public LibraryViews.Version version(@PathParam("id") String id, @PathParam("number") String number) {
    return library.publicVersion(LibraryResource.id(id), (int) LibraryResource.id(number));
  }

  @GET
  @Path("/entries/{id}/versions/{number}/attachments/{attachment}")
  @PublicAccess
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a file of a public entry", description = "Recorded in the audit log as an anonymous download.")
  @APIResponse(responseCode = "200", description = "The file")
  @APIResponse(responseCode = "404", description = "No such public file")
  public Response download(
      @PathParam("id") String id, @PathParam("number") String number, @PathParam("attachment") String attachment) {
    LibraryViews.Download file = library.publicDownload(
        LibraryResource.id(id), (int) LibraryResource.id(number), LibraryResource.id(attachment), request.getRemoteAddr());
    return LibraryResource.fileResponse(file);
  }
}
