package icc.platform.web.statistics.web;

import icc.platform.web.security.Caller;
import icc.platform.web.security.web.WebSession;
import icc.platform.web.statistics.application.StatisticsExport;
import icc.platform.web.statistics.application.StatisticsService;
import icc.platform.web.statistics.domain.StatisticsException;
import icc.platform.web.statistics.domain.StatisticsFilter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard's exports in the web session ({@code /app/statistics/export?format=csv|pdf} with
 * the dashboard's filters): the same audited use cases as the API, so the same rules apply.
 */
@WebServlet(urlPatterns = "/app/statistics/export")
public class StatisticsExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient StatisticsService statistics;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Caller> caller = WebSession.of(request.getSession(false)).map(WebSession::caller);
    if (caller.isEmpty()) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    try {
      StatisticsFilter filter = StatisticsFilter.parse(request.getParameter("from"), request.getParameter("to"),
          request.getParameter("type"), request.getParameter("region"), request.getParameter("state"),
          request.getParameter("groupBy"), request.getParameter("granularity"));
      StatisticsExport export;
      if ("pdf".equals(request.getParameter("format"))) {
        Locale locale = request.getLocale() != null && request.getLocale().getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        export = statistics.pdf(caller.get(), filter, locale, request.getRemoteAddr());
      } else {
        export = statistics.csv(caller.get(), filter, request.getRemoteAddr());
      }
      response.setContentType(export.mediaType().equals("text/csv") ? "text/csv;charset=UTF-8" : export.mediaType());
      response.setHeader("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
      response.setContentLength(export.content().length);
      response.getOutputStream().write(export.content());
    } catch (StatisticsException.InvalidInput e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
    } catch (StatisticsException.NotFound e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    } catch (StatisticsException.Forbidden e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    }
  }
}
