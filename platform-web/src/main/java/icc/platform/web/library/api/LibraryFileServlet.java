package icc.platform.web.library.api;

import icc.platform.web.library.application.LibraryService;
import icc.platform.web.library.application.LibraryViews;
import icc.platform.web.library.domain.LibraryException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Downloads a library file for the web pages ({@code /app/library/file?entry=&version=&file=}),
 * behind {@code SignedInFilter}; the same rules and audit event as the API's download.
 */
@WebServlet("/app/library/file")
public class LibraryFileServlet extends HttpServlet {

  @Inject LibraryService library;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      LibraryViews.Download file =
          library.download(
              WebCaller.of(request),
              Long.parseLong(request.getParameter("entry")),
              Integer.parseInt(request.getParameter("version")),
              Long.parseLong(request.getParameter("file")),
              request.getRemoteAddr());
      send(file, response);
    } catch (NumberFormatException | LibraryException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /** A library file as a download (also for PublicLibraryFileServlet): never rendered inline. */
  static void send(LibraryViews.Download file, HttpServletResponse response) throws IOException {
    response.setContentType(file.mediaType());
    response.setHeader("Content-Disposition", LibraryResource.contentDisposition(file.fileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(file.content().length);
    response.getOutputStream().write(file.content());
  }
}
