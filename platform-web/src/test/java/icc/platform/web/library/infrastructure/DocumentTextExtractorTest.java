package icc.platform.web.library.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.library.domain.FileKind;
import icc.platform.web.library.domain.LibraryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Text comes out of real PDF, DOCX and ODT files; damaged files are refused with a message. */
class DocumentTextExtractorTest {

  private final DocumentTextExtractor extractor = new DocumentTextExtractor();

  /** A one-page PDF with the given line, made with PDFBox. */
  public static byte[] pdf(String line) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(line);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] zip(String... nameThenContent) throws IOException {
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

  @Test
  void extractsPdfText() throws IOException {
    String text = extractor.extract(FileKind.PDF, pdf("Conservatory attachment of bank accounts"));
    assertTrue(text.contains("Conservatory attachment of bank accounts"), text);
  }

  @Test
  void refusesACorruptPdf() throws IOException {
    byte[] good = pdf("Some text");
    byte[] truncated = Arrays.copyOf(good, 40);
    var e = assertThrows(LibraryException.InvalidInput.class, () -> extractor.extract(FileKind.PDF, truncated));
    assertEquals("file", e.field());
    assertThrows(LibraryException.InvalidInput.class,
        () -> extractor.extract(FileKind.PDF, "%PDF-1.4 this is not a pdf".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void extractsDocxParagraphs() throws IOException {
    byte[] docx = zip("[Content_Types].xml", "<Types/>", "word/document.xml",
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + "<w:p><w:r><w:t>Gel des </w:t></w:r><w:r><w:t>avoirs</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Saisie immobilière</w:t></w:r></w:p></w:body></w:document>");
    assertEquals("Gel des avoirs\nSaisie immobilière\n", extractor.extract(FileKind.DOCX, docx));
  }

  @Test
  void extractsOdtParagraphs() throws IOException {
    byte[] odt = zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml",
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
            + "<text:h>Titre</text:h><text:p>Mise en liberté<text:s/>provisoire</text:p>"
            + "</office:text></office:body></office:document-content>");
    assertEquals("Titre\nMise en liberté provisoire\n", extractor.extract(FileKind.ODT, odt));
  }

  @Test
  void refusesExternalEntitiesAndBrokenXml() throws IOException {
    byte[] xxe = zip("[Content_Types].xml", "<Types/>", "word/document.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>");
    assertThrows(LibraryException.InvalidInput.class, () -> extractor.extract(FileKind.DOCX, xxe));
    byte[] broken = zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document><w:p>");
    assertThrows(LibraryException.InvalidInput.class, () -> extractor.extract(FileKind.DOCX, broken));
  }
}
