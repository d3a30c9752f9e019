package icc.platform.web.audit.web;

import icc.platform.web.audit.application.AuditAccessDeniedException;
import icc.platform.web.audit.application.AuditSearch;
import icc.platform.web.audit.application.AuditSearch.SearchExport;
import icc.platform.web.audit.application.InvalidAuditRequestException;
import icc.platform.web.audit.domain.SignedCheckpoint;
import icc.platform.web.security.Caller;
import icc.platform.web.security.web.WebSession;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Downloads of the auditor's pages, in the web session (under {@code /app/}, so the signed-in
 * filter guards them): {@code /app/audit/export} the search result as an {@code icc-audit-export/v1}
 * JSON Lines file with proofs to the checkpoint of {@code size}, and {@code /app/audit/checkpoint}
 * that checkpoint's signed note. Both go to {@code platform-verify audit}.
 */
@WebServlet(urlPatterns = {"/app/audit/export", "/app/audit/checkpoint"})
public class AuditDownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient AuditSearch search;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Caller> caller = WebSession.of(request.getSession(false)).map(WebSession::caller);
    if (caller.isEmpty()) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    try {
      Optional<Long> size = size(request.getParameter("size"));
      if (request.getServletPath().endsWith("/checkpoint")) {
        Optional<SignedCheckpoint> checkpoint =
            size.isPresent() ? search.checkpoint(caller.get(), size.get()) : Optional.empty();
        if (checkpoint.isEmpty()) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND, "No checkpoint signed at that size");
          return;
        }
        send(response, "text/plain", "checkpoint-" + size.get() + ".txt", checkpoint.get().signedNote());
        return;
      }
      AuditCriteria criteria = new AuditCriteria(
          request.getParameter("organisation"), request.getParameter("user"), request.getParameter("action"),
          request.getParameter("object"), request.getParameter("from"), request.getParameter("to"));
      SearchExport export = search.export(caller.get(), criteria.toQuery(), size, request.getRemoteAddr());
      response.setHeader("Audit-Tree-Size", Long.toString(export.checkpoint().treeSize()));
      send(response, "application/jsonl", "audit-export-" + export.checkpoint().treeSize() + ".jsonl", export.jsonLines());
    } catch (AuditAccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Auditors and focal points only");
    } catch (IllegalArgumentException | InvalidAuditRequestException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
    }
  }

  private static Optional<Long> size(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("size: not a number");
    }
  }

  private static void send(HttpServletResponse response, String type, String fileName, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentType(type + ";charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
