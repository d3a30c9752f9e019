package icc.platform.web.library.infrastructure;

import icc.platform.web.library.domain.FileKind;
import icc.platform.web.library.domain.LibraryException;
import icc.platform.web.library.domain.StoredFile;
import icc.platform.web.library.domain.TextExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts text for search: PDF with Apache PDFBox; DOCX ({@code word/document.xml}) and ODT
 * ({@code content.xml}) by reading their XML with StAX, external entities and DTDs off (no XXE),
 * with a cap on the uncompressed size read (no ZIP bomb); text as UTF-8.
 */
@ApplicationScoped
public class DocumentTextExtractor implements TextExtractor {

  /** Most uncompressed bytes read from the document part of a DOCX or ODT. */
  static final int MAX_XML_BYTES = 50 * 1024 * 1024;
  /** Most PDF pages read for text. */
  static final int MAX_PDF_PAGES = 500;

  private static final Set<String> PARAGRAPH_ENDS = Set.of("p", "h", "br", "tab", "line-break");

  @Override
  public String extract(FileKind kind, byte[] content) {
    String text =
        switch (kind) {
          case PDF -> pdf(content);
          case DOCX -> zippedXml(content, "word/document.xml", "DOCX");
          case ODT -> zippedXml(content, "content.xml", "ODT");
          case TEXT -> new String(content, StandardCharsets.UTF_8);
        };
    return text.length() > StoredFile.MAX_TEXT ? text.substring(0, StoredFile.MAX_TEXT) : text;
  }

  private static String pdf(byte[] content) {
    try (PDDocument document = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(Math.min(document.getNumberOfPages(), MAX_PDF_PAGES));
      return stripper.getText(document);
    } catch (InvalidPasswordException e) {
      throw new LibraryException.InvalidInput(
          "file", "the PDF is protected by a password; upload it without protection");
    } catch (IOException | RuntimeException e) {
      throw new LibraryException.InvalidInput("file", "the PDF cannot be read (damaged or incomplete file)");
    }
  }

  private static String zippedXml(byte[] content, String part, String kind) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().equals(part)) {
          byte[] xml = zip.readNBytes(MAX_XML_BYTES + 1);
          if (xml.length > MAX_XML_BYTES) {
            throw new LibraryException.InvalidInput("file", "the " + kind + " file's text is too large to index");
          }
          return xmlText(new ByteArrayInputStream(xml));
        }
      }
      throw new LibraryException.InvalidInput("file", "the " + kind + " file has no " + part);
    } catch (IOException | XMLStreamException | IllegalArgumentException e) {
      throw new LibraryException.InvalidInput("file", "the " + kind + " file cannot be read (damaged file)");
    }
  }

  private static String xmlText(InputStream xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader reader = factory.createXMLStreamReader(xml);
    StringBuilder text = new StringBuilder();
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(reader.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT && PARAGRAPH_ENDS.contains(reader.getLocalName())) {
          text.append(reader.getLocalName().equals("p") || reader.getLocalName().equals("h") ? '\n' : ' ');
        } else if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("s")) {
          text.append(' '); // ODF text:s, a run of spaces
        }
        if (text.length() > StoredFile.MAX_TEXT) {
          break;
        }
      }
    } finally {
      reader.close();
    }
    return text.toString();
  }
}
