package icc.platform.web.library.api;

import icc.platform.web.api.Allowed;
import icc.platform.web.library.application.LibraryService;
import icc.platform.web.library.domain.SearchIndex;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The library's search index, for the platform's operators: its figures, and a rebuild from the
 * database. Operators run the platform, not its content (DESIGN.md section 2): these figures are
 * counts only, and a rebuild changes no entry.
 */
@Path("/library/index")
@RequestScoped
@Tag(name = "Library", description = "Best-practice library (issue 8): moderated, versioned, full-text search")
@Allowed(PlatformRole.PLATFORM_ADMIN_NAME)
public class LibraryIndexResource {

  @Inject LibraryService library;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Search index figures",
      description = "Entries in the index and in the database, changes waiting to be indexed, and the"
          + " state of the last rebuild. Changes reach the index within about a second of their commit.")
  @APIResponse(responseCode = "200", description = "The figures")
  public SearchIndex.Status status() {
    return library.indexStatus();
  }

  @POST
  @Path("/rebuild")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rebuild the search index",
      description = "Rebuilds the library's search index from the database, in the background (audited)."
          + " The index is emptied first: until it ends, searches find the entries indexed so far."
          + " Follow progress with GET.")
  @APIResponse(responseCode = "202", description = "The rebuild started")
  @APIResponse(responseCode = "409", description = "A rebuild is already running")
  public Response rebuild() {
    SearchIndex.Status status = library.rebuildIndex((Caller) security.getUserPrincipal(), request.getRemoteAddr());
    return Response.accepted(status).build();
  }
}
