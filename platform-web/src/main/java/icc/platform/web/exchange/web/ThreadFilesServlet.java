package icc.platform.web.exchange.web;

import icc.platform.web.api.ApiError;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.exchange.application.DocumentService;
import icc.platform.web.exchange.application.ExchangeAudit;
import icc.platform.web.exchange.application.Requester;
import icc.platform.web.exchange.domain.ExchangeDocument;
import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.exchange.domain.ExchangeId;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Document upload and download for the web pages, streaming like the API:
 *
 * <ul>
 *   <li>{@code POST /app/threads/files/{thread}?filename=} with the bytes as body ({@code
 *       application/octet-stream}, sent by {@code exchange-upload.js} with a progress bar and a
 *       cancel button) and the session's {@code X-Upload-Token};
 *   <li>{@code GET /app/threads/files/{thread}/{document}}: verified plaintext, with the same
 *       handling marking as the API.
 * </ul>
 *
 * Under /app/, so SignedInFilter admits only signed-in people of active organisations.
 */
@WebServlet("/app/threads/files/*")
public class ThreadFilesServlet extends HttpServlet {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject DocumentService documents;
  @Inject ExchangeAudit audit;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpSession session = request.getSession(false);
    String token = request.getHeader("X-Upload-Token");
    if (session == null || token == null || !MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), WebRequester.uploadToken(session).getBytes(StandardCharsets.UTF_8))) {
      error(response, 403, "forbidden", "Upload refused: reload the page and try again");
      return;
    }
    String[] parts = parts(request);
    if (parts.length != 1) {
      error(response, 404, "not_found", "There is nothing at this address");
      return;
    }
    String type = request.getContentType();
    if (type == null || !type.toLowerCase().startsWith("application/octet-stream")) {
      error(response, 415, "unsupported_media_type", "Send the file as application/octet-stream");
      return;
    }
    Requester r = WebRequester.of(request);
    try {
      ExchangeDocument d = documents.upload(r, ExchangeId.parse("thread", parts[0]), request.getParameter("filename"),
          request.getHeader("Document-Media-Type"), request.getContentLengthLong(), request.getInputStream());
      response.setStatus(201);
      response.setContentType("application/json");
      response.getWriter().write("{\"id\":\"" + d.id().value() + "\"}");
    } catch (ExchangeException e) {
      denied(r, AuditAction.EXCHANGE_DOCUMENT_UPLOAD, "thread", parts[0], e);
      error(response, status(e), e.error(), e.getMessage());
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String[] parts = parts(request);
    if (parts.length != 2) {
      error(response, 404, "not_found", "There is nothing at this address");
      return;
    }
    Requester r = WebRequester.of(request);
    try {
      DocumentService.Served s = documents.plaintext(r,
          ExchangeId.parse("thread", parts[0]), ExchangeId.parse("document", parts[1]));
      ExchangeDocument d = s.document();
      response.setContentType("application/octet-stream");
      response.setContentLengthLong(s.length());
      response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
          + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
      response.setHeader("Handling-Code", d.handlingCode().name());
      if (d.handlingCode().markedOnDownload()) {
        response.setHeader("Handling-Notice", "H1: " + d.handlingCode().meaning() + " (" + d.originOrg() + ")");
      }
      s.writeTo(response.getOutputStream());
    } catch (ExchangeException e) {
      denied(r, AuditAction.EXCHANGE_DOCUMENT_DOWNLOAD, "document", parts[1], e);
      error(response, status(e), e.error(), e.getMessage());
    }
  }

  /** 403 and 404 on content are audited as for the API (DeniedApiCallRecorder covers only JAX-RS). */
  private void denied(Requester r, AuditAction action, String type, String id, ExchangeException e) {
    int status = status(e);
    if (status == 403 || status == 404) {
      audit.refusedOnItsOwn(r, action, AuditOutcome.DENIED, type, id.length() > 64 ? id.substring(0, 64) : id, null,
          Map.of("status", status, "error", e.error(), "channel", "web"));
    }
  }

  private static String[] parts(HttpServletRequest request) {
    String path = request.getPathInfo();
    if (path == null || path.length() < 2) {
      return new String[0];
    }
    return path.substring(1).split("/", -1);
  }

  private static int status(ExchangeException e) {
    if (e instanceof ExchangeException.InvalidInput) {
      return 400;
    }
    if (e instanceof ExchangeException.NotFound) {
      return 404;
    }
    if (e instanceof ExchangeException.Forbidden) {
      return 403;
    }
    if (e instanceof ExchangeException.TooLarge) {
      return 413;
    }
    return 409;
  }

  private static void error(HttpServletResponse response, int status, String error, String message) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(status);
    response.setContentType("application/json;charset=utf-8");
    response.getWriter().write(JSON.toJson(new ApiError(status, error, message)));
  }
}
