package icc.platform.web.library.domain;

/** Extracts the text of an accepted file for full-text search. */
public interface TextExtractor {

  /**
   * The file's text (possibly empty, e.g. a scanned PDF without a text layer).
   *
   * @throws LibraryException.InvalidInput if the file cannot be read as the kind it claims to be
   *     (a corrupt or password-protected PDF, a broken DOCX)
   */
  String extract(FileKind kind, byte[] content);
}
