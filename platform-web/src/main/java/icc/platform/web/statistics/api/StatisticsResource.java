package icc.platform.web.statistics.api;

import icc.platform.web.api.Allowed;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import icc.platform.web.statistics.application.StatisticsExport;
import icc.platform.web.statistics.application.StatisticsService;
import icc.platform.web.statistics.domain.StatisticsFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import icc.platform.web.statistics.domain.StatisticsException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cooperation statistics (issue 9, docs/statistics.md): "disaggregated data over the responses
 * provided by States Parties, including highlighting the main challenges" (ICC-ASP/18/Res.3
 * para 36). Thin: who sees what is decided in the application layer from the caller's roles.
 */
@Path("/statistics")
@RequestScoped
@Tag(name = "Statistics", description = "Cooperation statistics (issue 9): requests, outcomes, times, assets, challenges")
@Allowed({
  PlatformRole.COURT_ANALYST_NAME, PlatformRole.COURT_REQUESTER_NAME, PlatformRole.FOCAL_POINT_NAME,
  PlatformRole.PLATFORM_ADMIN_NAME
})
public class StatisticsResource {

  @Inject StatisticsService statistics;
  @Context SecurityContext security;
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;

  /** The filter parameters every figure operation shares. */
  public static class FilterParams {
    @Parameter(description = "First day of submission, ISO date (default 1 January of this year)")
    @QueryParam("from") String from;
    @Parameter(description = "Last day of submission, included, ISO date (default today)")
    @QueryParam("to") String to;
    @Parameter(description = "Request type, e.g. FREEZE_ASSETS")
    @QueryParam("type") String type;
    @Parameter(description = "UN regional group: AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_CARIBBEAN, WESTERN_EUROPEAN_OTHER")
    @QueryParam("region") String region;
    @Parameter(description = "Requested State, ISO 3166-1 alpha-2")
    @QueryParam("state") String state;
    @Parameter(description = "Rows: STATE (default), REGION, TYPE or PERIOD")
    @QueryParam("groupBy") String groupBy;
    @Parameter(description = "Periods: YEAR (default), QUARTER or MONTH")
    @QueryParam("granularity") String granularity;

    StatisticsFilter toFilter() {
      return StatisticsFilter.parse(from, to, type, region, state, groupBy, granularity);
    }
  }

  @GET
  @Path("/requests")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Requests received and their outcomes",
      description = "Per row (unit and group): received, acknowledged, executed, partially executed, declined,"
          + " withdrawn, pending at period end, times to acknowledge and to execute (nearest-rank median and"
          + " 90th percentile, days), share past deadline, assets identified/frozen/seized and their estimated"
          + " value by currency; a TOTAL row last. The Court sees every State; a State's focal point its own"
          + " State, States that share, and 'OTHERS' with cells of fewer than 3 requests suppressed (null,"
          + " listed in 'suppressed'); platform administrators volumes only.")
  @APIResponse(responseCode = "200", description = "The table")
  @APIResponse(responseCode = "400", description = "A filter is invalid (the message names it)")
  @APIResponse(responseCode = "403", description = "The role sees no statistics, or a breakdown a platform administrator may not see")
  @APIResponse(responseCode = "404", description = "A State whose figures are not shared with you")
  public JsonObject requests(@BeanParam FilterParams params) {
    StatisticsFilter filter = params.toFilter();
    return StatisticsJson.table(statistics.requests(caller(), filter));
  }

  @GET
  @Path("/challenges")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Challenge codes ranked by frequency, with their trend",
      description = "Codes recorded in the period on requests matching the filters, most frequent first, with"
          + " the count per period of the granularity; same visibility and suppression as /requests.")
  @APIResponse(responseCode = "200", description = "The ranking")
  @APIResponse(responseCode = "400", description = "A filter is invalid")
  @APIResponse(responseCode = "403", description = "The role sees no statistics")
  @APIResponse(responseCode = "404", description = "A State whose figures are not shared with you")
  public JsonObject challenges(@BeanParam FilterParams params) {
    StatisticsFilter filter = params.toFilter();
    return StatisticsJson.challenges(filter, statistics.challenges(caller(), filter));
  }

  @GET
  @Path("/export.csv")
  @Produces("text/csv")
  @Operation(summary = "The requests table as CSV", description = "As /requests, one line per row; audited (statistics.export).")
  @APIResponse(responseCode = "200", description = "CSV, UTF-8")
  @APIResponse(responseCode = "400", description = "A filter is invalid")
  @APIResponse(responseCode = "403", description = "The role sees no statistics")
  @APIResponse(responseCode = "404", description = "A State whose figures are not shared with you")
  public Response csv(@BeanParam FilterParams params) {
    return download(statistics.csv(caller(), params.toFilter(), from()), "text/csv; charset=UTF-8");
  }

  @GET
  @Path("/report.pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "A PDF report section",
      description = "For the Court's annual report on cooperation: the period, the requests table, asset values,"
          + " the ranked challenges and the definitions of every measure. Language from Accept-Language"
          + " (en, fr). Audited (statistics.export).")
  @APIResponse(responseCode = "200", description = "PDF")
  @APIResponse(responseCode = "400", description = "A filter is invalid")
  @APIResponse(responseCode = "403", description = "The role sees no statistics")
  @APIResponse(responseCode = "404", description = "A State whose figures are not shared with you")
  public Response pdf(@BeanParam FilterParams params) {
    Locale locale = headers.getAcceptableLanguages().stream()
        .filter(l -> l.getLanguage().equals("fr") || l.getLanguage().equals("en"))
        .findFirst().orElse(Locale.ENGLISH);
    return download(statistics.pdf(caller(), params.toFilter(), locale, from()), "application/pdf");
  }

  @GET
  @Path("/sharing")
  @Allowed(PlatformRole.FOCAL_POINT_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Whether your State shares its figures by name", description = "State focal points.")
  @APIResponse(responseCode = "200", description = "{\"sharing\": true|false}")
  @APIResponse(responseCode = "403", description = "Not a focal point")
  public JsonObject sharing() {
    return sharingBody(statistics.sharing(caller()));
  }

  @PUT
  @Path("/sharing")
  @Allowed(PlatformRole.FOCAL_POINT_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Share your State's figures by name",
      description = "Body {\"share\": true}, so that consent is explicit. From now on the focal points of other"
          + " States see your State's figures by name (small cells still suppressed). Audited"
          + " (statistics.sharing.opt-in).")
  @APIResponse(responseCode = "200", description = "{\"sharing\": true}")
  @APIResponse(responseCode = "400", description = "The body is not {\"share\": true}")
  @APIResponse(responseCode = "403", description = "Not a focal point")
  public JsonObject optIn(String body) {
    if (!SharingConsent.given(body)) {
      throw new StatisticsException.InvalidInput("share", "must be true: send {\"share\": true} to share your State's figures by name");
    }
    return sharingBody(statistics.optIn(caller(), from()));
  }

  @DELETE
  @Path("/sharing")
  @Allowed(PlatformRole.FOCAL_POINT_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Stop sharing your State's figures by name", description = "Audited (statistics.sharing.opt-out).")
  @APIResponse(responseCode = "200", description = "{\"sharing\": false}")
  @APIResponse(responseCode = "403", description = "Not a focal point")
  public JsonObject optOut() {
    return sharingBody(statistics.optOut(caller(), from()));
  }

  private static JsonObject sharingBody(boolean sharing) {
    return Json.createObjectBuilder().add("sharing", sharing).build();
  }

  private static Response download(StatisticsExport export, String type) {
    return Response.ok(export.content(), type)
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private Caller caller() {
    return (Caller) security.getUserPrincipal();
  }

  private String from() {
    return request.getRemoteAddr();
  }
}
