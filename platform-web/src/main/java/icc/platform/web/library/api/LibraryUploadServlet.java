package icc.platform.web.library.api;

import icc.platform.web.exchange.web.WebRequester;
import icc.platform.web.library.application.LibraryService;
import icc.platform.web.library.application.LibraryViews;
import icc.platform.web.library.domain.LibraryException;
import icc.platform.web.library.domain.StoredFile;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Attaches a file to a pending version from the entry page
 * ({@code POST /app/library/upload?entry=&version=&name=}, body = the file as
 * {@code application/octet-stream}), sent by {@code library-upload.js} with a progress bar and a
 * cancel button. Same session token as the exchange uploads ({@link WebRequester#uploadToken}:
 * a cross-site page cannot read it) and the same use case as the API, so the same checks (type
 * from the bytes, 10 MiB, text extraction) and the same audit event; a refused file changes
 * nothing. Errors are the API's JSON {@code {status, error, message, field}}.
 */
@WebServlet("/app/library/upload")
public class LibraryUploadServlet extends HttpServlet {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject LibraryService library;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpSession session = request.getSession(false);
    String token = request.getHeader("X-Upload-Token");
    if (session == null || token == null || !MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), WebRequester.uploadToken(session).getBytes(StandardCharsets.UTF_8))) {
      error(response, 403, "forbidden", "Upload refused: reload the page and try again", null);
      return;
    }
    long declared = request.getContentLengthLong();
    if (declared > StoredFile.MAX_BYTES) {
      // Refused before reading: the browser learns at once, and the server reads nothing.
      error(response, 400, "invalid_input", "the file is larger than 10 MiB; the library takes at most 10 MiB per file", "file");
      return;
    }
    try {
      byte[] content = request.getInputStream().readNBytes(StoredFile.MAX_BYTES + 1);
      LibraryViews.Attachment a = library.attach(WebCaller.of(request),
          Long.parseLong(request.getParameter("entry")), Integer.parseInt(request.getParameter("version")),
          request.getParameter("name"), content, request.getRemoteAddr());
      response.setStatus(201);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(JSON.toJson(a));
    } catch (NumberFormatException e) {
      error(response, 404, "not_found", "There is no such library entry or version", null);
    } catch (LibraryException e) {
      var mapped = new LibraryExceptionMapper().toResponse(e);
      var body = (LibraryExceptionMapper.FieldError) mapped.getEntity();
      error(response, body.status(), body.error(), body.message(), body.field());
    }
  }

  private static void error(HttpServletResponse response, int status, String error, String message, String field)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("status", status);
    body.put("error", error);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    response.getWriter().write(JSON.toJson(body));
  }
}
