package icc.platform.web.statistics.application;

import icc.platform.web.statistics.domain.AssetValue;
import icc.platform.web.statistics.domain.Audience;
import icc.platform.web.statistics.domain.ChallengeRanking;
import icc.platform.web.statistics.domain.ChallengeRow;
import icc.platform.web.statistics.domain.FigureRow;
import icc.platform.web.statistics.domain.Measure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A section for the Court's annual report on cooperation (ICC-ASP/18/Res.3 para 36): the period,
 * the audience, the requests table, asset values, the ranked challenges and the definitions of
 * every measure, on landscape A4 pages (Apache PDFBox, standard fonts).
 */
public final class PdfReport {

  private static final float MARGIN = 36;
  private static final float SIZE = 7.5f;
  private static final float LEADING = 10;

  private PdfReport() {}

  public static byte[] write(RequestTable table, ChallengeRanking challenges, Locale locale) {
    ResourceBundle text = ResourceBundle.getBundle("i18n.statistics", locale);
    try (PDDocument document = new PDDocument(); Writer out = new Writer(document)) {
      out.bold(text.getString("report.title"), 13);
      out.gap();
      out.line(text.getString("report.period") + ": " + table.filter().from() + " - " + table.filter().to()
          + "    " + text.getString("report.generated") + ": "
          + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(table.computedAt().atOffset(ZoneOffset.UTC).withNano(0)));
      out.line(text.getString("report.audience") + ": " + text.getString("scope." + table.audience().name()));
      out.gap();
      out.bold(text.getString("report.requests"), 10);
      List<Measure> measures = new ArrayList<>();
      for (Measure m : Measure.values()) {
        if ((table.audience() != Audience.Kind.VOLUMES || m.volume()) && m != Measure.ACKNOWLEDGE_N) {
          measures.add(m);
        }
      }
      // Numbered columns keep the table on one landscape page; the legend names them.
      StringBuilder head = new StringBuilder(String.format("%-22s", text.getString("table.unit") + " / " + text.getString("table.group")));
      for (int i = 0; i < measures.size(); i++) {
        head.append(String.format("%8s", "(" + (i + 1) + ")"));
      }
      out.mono(head.toString());
      for (FigureRow row : table.rows()) {
        StringBuilder line = new StringBuilder(String.format("%-22s", truncate(label(text, row.unit()) + " / " + label(text, row.group()), 21)));
        for (Measure m : measures) {
          line.append(String.format("%8s", row.isSuppressed(m) ? "s" : row.get(m) == null ? "-" : CsvReport.plain(row.get(m))));
        }
        out.mono(line.toString());
      }
      for (int i = 0; i < measures.size(); i++) {
        out.small("(" + (i + 1) + ") " + text.getString("measure." + measures.get(i).key()));
      }
      out.small("s: " + text.getString("suppressed.note"));
      if (table.audience() != Audience.Kind.VOLUMES) {
        out.gap();
        out.bold(text.getString("report.assets"), 10);
        for (FigureRow row : table.rows()) {
          for (AssetValue v : row.assetValues()) {
            out.mono(String.format("%-30s %-10s %-4s %18s", truncate(label(text, row.unit()) + " / " + label(text, row.group()), 29),
                v.step(), v.currency(), v.suppressed() ? "s" : v.amount().toPlainString()));
          }
        }
      }
      out.gap();
      out.bold(text.getString("report.challenges"), 10);
      StringBuilder chead = new StringBuilder(String.format("%-34s%8s", text.getString("table.code"), text.getString("table.total")));
      challenges.periods().forEach(p -> chead.append(String.format("%9s", p)));
      out.mono(truncate(chead.toString(), 200));
      for (ChallengeRow row : challenges.rows()) {
        StringBuilder line = new StringBuilder(String.format("%-34s%8s",
            truncate(label(text, row.unit()) + " / " + label(text, row.code()), 33), shown(row.shownTotal())));
        challenges.periods().forEach(p -> line.append(String.format("%9s", shown(row.shown(p)))));
        out.mono(truncate(line.toString(), 200));
      }
      out.gap();
      out.bold(text.getString("report.definitions"), 10);
      out.paragraph(text.getString("report.definitions.text"));
      out.close();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shown(Long n) {
    return n == null ? "s" : n.toString();
  }

  private static String label(ResourceBundle text, String key) {
    if (text.containsKey("unit." + key)) {
      return text.getString("unit." + key);
    }
    if (text.containsKey("group." + key)) {
      return text.getString("group." + key);
    }
    return key;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** Writes lines top to bottom, starting a new page when one is full. */
  private static final class Writer implements AutoCloseable {
    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private PDPageContentStream stream;
    private float y;
    private float width;

    Writer(PDDocument document) {
      this.document = document;
    }

    void bold(String s, float size) throws IOException {
      write(bold, size, s);
    }

    void line(String s) throws IOException {
      write(regular, 9, s);
    }

    void small(String s) throws IOException {
      write(regular, 7, s);
    }

    void mono(String s) throws IOException {
      write(mono, SIZE, s);
    }

    void gap() throws IOException {
      ensure();
      y -= LEADING / 2;
    }

    /** Wraps a long text to the page width. */
    void paragraph(String s) throws IOException {
      StringBuilder current = new StringBuilder();
      for (String word : ascii(s).split(" ")) {
        ensure();
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (regular.getStringWidth(candidate) / 1000 * 8 > width && !current.isEmpty()) {
          write(regular, 8, current.toString());
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(candidate);
        }
      }
      if (!current.isEmpty()) {
        write(regular, 8, current.toString());
      }
    }

    private void write(PDType1Font font, float size, String s) throws IOException {
      ensure();
      if (y < MARGIN + LEADING) {
        stream.close();
        stream = null;
        ensure();
      }
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(MARGIN, y);
      stream.showText(ascii(s));
      stream.endText();
      y -= Math.max(LEADING, size + 3);
    }

    private void ensure() throws IOException {
      if (stream == null) {
        PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        PDPage page = new PDPage(a4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = a4.getHeight() - MARGIN;
        width = a4.getWidth() - 2 * MARGIN;
      }
    }

    /** The standard fonts encode WinAnsi only: fold accents, replace what remains. */
    private static String ascii(String s) {
      String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
          .replace('\u2019', '\'').replace('\u00ab', '"').replace('\u00bb', '"').replace('\u00a0', ' ');
      return folded.replaceAll("[^\\x20-\\x7E]", "?");
    }

    @Override
    public void close() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }
  }
}
