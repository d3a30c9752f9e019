package icc.platform.web.library.domain;

import java.util.Set;

/** The file types the library accepts (issue 8: PDF, DOCX, ODT, text), with their names. */
public enum FileKind {
  PDF("application/pdf", Set.of("pdf")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
  ODT("application/vnd.oasis.opendocument.text", Set.of("odt")),
  TEXT("text/plain;charset=utf-8", Set.of("txt", "text", "md"));

  private final String mediaType;
  private final Set<String> extensions;

  FileKind(String mediaType, Set<String> extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  public Set<String> extensions() {
    return extensions;
  }
}
