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
 * Downloads a file of a PUBLIC library entry without signing in
 * ({@code /public/library/file?entry=&version=&file=}); anything else is 404. Audited as an
 * anonymous download, like the public API's.
 */
@WebServlet("/public/library/file")
public class PublicLibraryFileServlet extends HttpServlet {

  @Inject LibraryService library;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      LibraryViews.Download file =
          library.publicDownload(
              Long.parseLong(request.getParameter("entry")),
              Integer.parseInt(request.getParameter("version")),
              Long.parseLong(request.getParameter("file")),
              request.getRemoteAddr());
      LibraryFileServlet.send(file, response);
    } catch (NumberFormatException | LibraryException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
