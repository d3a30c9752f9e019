package icc.platform.web.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The type comes from the bytes; the name must agree; bad files get a clear message. */
class FileSnifferTest {

  static byte[] zip(String... nameThenContent) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < nameThenContent.length; i += 2) {
        zip.putNextEntry(new ZipEntry(nameThenContent[i]));
        zip.write(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] docx(String text) throws IOException {
    return zip("[Content_Types].xml", "<Types/>",
        "word/document.xml",
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>");
  }

  static byte[] odt(String text) throws IOException {
    return zip("mimetype", "application/vnd.oasis.opendocument.text",
        "content.xml",
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
            + "<text:p>" + text + "</text:p></office:text></office:body></office:document-content>");
  }

  @Test
  void recognisesEachAcceptedKind() throws IOException {
    assertEquals(FileKind.PDF, FileSniffer.sniff("a.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(FileKind.DOCX, FileSniffer.sniff("a.docx", docx("x")));
    assertEquals(FileKind.ODT, FileSniffer.sniff("a.odt", odt("x")));
    assertEquals(FileKind.TEXT, FileSniffer.sniff("note.TXT", "Procédure de gel".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aMisnamedFileIsRefusedWithItsRealType() {
    var e = assertThrows(LibraryException.InvalidInput.class,
        () -> FileSniffer.sniff("law.docx", "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("fileName", e.field());
    assertTrue(e.getMessage().contains("PDF"), e.getMessage());
  }

  @Test
  void refusesUnsupportedEmptyAndOversizeFiles() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0};
    assertEquals("file", assertThrows(LibraryException.InvalidInput.class, () -> FileSniffer.sniff("a.png", png)).field());
    byte[] otherZip = zip("readme.md", "hello");
    assertThrows(LibraryException.InvalidInput.class, () -> FileSniffer.sniff("a.docx", otherZip));
    byte[] latin1 = {'c', 'a', 'f', (byte) 0xe9};
    assertThrows(LibraryException.InvalidInput.class, () -> FileSniffer.sniff("a.txt", latin1));
    assertThrows(LibraryException.InvalidInput.class, () -> FileSniffer.sniff("a.txt", new byte[0]));
    byte[] big = new byte[StoredFile.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    var e = assertThrows(LibraryException.InvalidInput.class, () -> FileSniffer.sniff("a.txt", big));
    assertTrue(e.getMessage().contains("10 MiB"), e.getMessage());
  }

  @Test
  void fileNamesLoseTheirPathsAndControlCharacters() {
    assertEquals("passwd.txt", FileName.clean("../../etc/passwd.txt"));
    assertEquals("a b.pdf", FileName.clean("C:\\x\\a\u0000 b.pdf"));
    assertThrows(LibraryException.InvalidInput.class, () -> FileName.clean("../"));
  }
}
