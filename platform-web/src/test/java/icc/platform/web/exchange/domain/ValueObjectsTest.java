package icc.platform.web.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** File names and identifiers: every rejection case. */
class ValueObjectsTest {

  @ParameterizedTest
  @ValueSource(strings = {"statement.pdf", "Relevé bancaire 2024.pdf", "a", "x.tar.gz", "extract (1).docx"})
  void plainNamesAreAccepted(String name) {
    assertEquals(name, new FileName(name).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc/passwd", "a/b.pdf", "C:\\x.pdf", "<script>.pdf", "a\"b.pdf", "a\u0000b", "a\nb",
      ".hidden", "..", " lead.pdf", "trail.pdf ", "a:b", "a|b", "a;b", "a*b", "a?b", ""})
  void pathLikeScriptLikeAndControlNamesAreRefused(String name) {
    ExchangeException e = assertThrows(ExchangeException.InvalidInput.class, () -> new FileName(name));
    assertTrue(e.getMessage().startsWith("filename: "), e.getMessage());
  }

  @Test
  void longNamesAreRefused() {
    assertThrows(ExchangeException.InvalidInput.class, () -> new FileName("a".repeat(FileName.MAX_LENGTH + 1)));
    assertThrows(ExchangeException.InvalidInput.class, () -> new FileName(null));
  }

  @Test
  void identifiersAreLowerCaseUuids() {
    assertEquals("3f0c2a8e-5b7d-4c1e-9a6f-0d2b4e8c1a7f", ExchangeId.parse("id", " 3F0C2A8E-5B7D-4C1E-9A6F-0D2B4E8C1A7F ").value());
    for (String bad : new String[] {null, "", "1", "3f0c2a8e5b7d4c1e9a6f0d2b4e8c1a7f", "../3f0c2a8e-5b7d-4c1e-9a6f-0d2b4e8c1a7f"}) {
      ExchangeException e = assertThrows(ExchangeException.InvalidInput.class, () -> ExchangeId.parse("documentId", bad));
      assertTrue(e.getMessage().startsWith("documentId: "));
    }
    assertThrows(IllegalArgumentException.class, () -> new ExchangeId("not"));
    assertEquals(36, ExchangeId.random().value().length());
  }

  @Test
  void messagesSignThreadSenderAndText() {
    ExchangeThread t = ThreadAccessTest.nlWithFr();
    ExchangeMessage m = ExchangeMessage.write(Viewers.FOCAL_FR, t, "  Received  ", ThreadAccessTest.T0);
    assertEquals("Received", m.body());
    String signed = new String(m.signedBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals("icc-exchange-message/v1\n" + m.id() + "\n" + t.id() + "\nFR\nReceived", signed);
    assertThrows(ExchangeException.InvalidInput.class, () -> ExchangeMessage.write(Viewers.FOCAL_FR, t, "", ThreadAccessTest.T0));
    assertThrows(ExchangeException.NotFound.class, () -> ExchangeMessage.write(Viewers.FOCAL_SN, t, "x", ThreadAccessTest.T0));
  }
}
