package icc.platform.web.library.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds a file's type from its bytes, never from what the client claims (the media type header or
 * the extension), then checks that the name's extension agrees: a PDF named {@code .docx} is
 * refused with a clear message, not stored under a misleading name.
 *
 * <ul>
 *   <li>PDF: starts with {@code %PDF-} (ISO 32000-1 section 7.5.2);
 *   <li>ODT: a ZIP whose first entry is {@code mimetype} holding {@code
 *       application/vnd.oasis.opendocument.text} (ODF 1.2 part 3, section 3.3);
 *   <li>DOCX: a ZIP with {@code [Content_Types].xml} and {@code word/document.xml} (ECMA-376);
 *   <li>text: valid UTF-8 without NUL bytes.
 * </ul>
 */
public final class FileSniffer {

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
  private static final int MAX_ZIP_ENTRIES = 2000;

  private FileSniffer() {}

  /**
   * The kind of the content, checked against the file name's extension.
   *
   * @throws LibraryException.InvalidInput if empty, too large, of another type, or misnamed
   */
  public static FileKind sniff(String fileName, byte[] content) {
    if (content.length == 0) {
      throw new LibraryException.InvalidInput("file", "the file is empty");
    }
    if (content.length > StoredFile.MAX_BYTES) {
      throw new LibraryException.InvalidInput(
          "file", "the file is larger than " + StoredFile.MAX_BYTES / (1024 * 1024) + " MiB");
    }
    FileKind kind = detect(content);
    if (kind == null) {
      throw new LibraryException.InvalidInput(
          "file", "unsupported file type: the library accepts PDF, DOCX, ODT and plain UTF-8 text");
    }
    String extension = FileName.extension(FileName.clean(fileName));
    if (!kind.extensions().contains(extension)) {
      throw new LibraryException.InvalidInput(
          "fileName",
          "the file's content is " + kind.name() + " but its name ends in '." + extension
              + "'; name it with ." + kind.extensions().stream().sorted().findFirst().orElseThrow());
    }
    return kind;
  }

  static FileKind detect(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return FileKind.PDF;
    }
    if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
      return zipKind(content);
    }
    return isUtf8Text(content) ? FileKind.TEXT : null;
  }

  private static FileKind zipKind(byte[] content) {
    boolean contentTypes = false;
    boolean wordDocument = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int count = 0;
      while ((entry = zip.getNextEntry()) != null && count++ < MAX_ZIP_ENTRIES) {
        String name = entry.getName();
        if (count == 1 && name.equals("mimetype")) {
          byte[] type = zip.readNBytes(100);
          return new String(type, StandardCharsets.US_ASCII).strip().equals(ODT_MIMETYPE) ? FileKind.ODT : null;
        }
        contentTypes |= name.equals("[Content_Types].xml");
        wordDocument |= name.equals("word/document.xml");
        if (contentTypes && wordDocument) {
          return FileKind.DOCX;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return null; // a broken archive is no accepted kind
    }
    return null;
  }

  private static boolean isUtf8Text(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
