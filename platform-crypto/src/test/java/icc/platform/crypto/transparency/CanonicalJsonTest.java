package icc.platform.crypto.transparency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 8785 (JCS) canonical form of events, and the strict parser under it. */
class CanonicalJsonTest {

  @Test
  void sortsMembersByUtf16CodeUnitsAsInRfc8785Section323() throws Exception {
    // RFC 8785 section 3.2.3 example: U+1F600 (surrogates D83D DE00) sorts before U+FB33,
    // although its code point is larger; "\r" and "1" sort first.
    String input =
        "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet"
            + " With Dagesh\",\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":"
            + "\"Control\\u007f\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
    String expected =
        "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\u007f\",\"\u00f6\":"
            + "\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\uD83D\uDE00\":"
            + "\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
    assertEquals(expected, new String(CanonicalJson.canonicalize(input), StandardCharsets.UTF_8));
  }

  @Test
  void escapesStringsAsInRfc8785Section3222() throws Exception {
    // The "string" and "literals" members of the RFC's sample input (numbers left out: no floats).
    String input =
        "{\n  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
            + "  \"literals\": [null, true, false]\n}";
    String expected =
        "{\"literals\":[null,true,false],\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
    assertEquals(expected, new String(CanonicalJson.canonicalize(input), StandardCharsets.UTF_8));
  }

  @Test
  void escapesEveryControlCharacterAndNothingElse() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      all.append(c);
    }
    all.append("\"\\/\u007f\u2028\u00e9");
    String expected =
        "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e"
            + "\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a"
            + "\\u001b\\u001c\\u001d\\u001e\\u001f\\\"\\\\/\u007f\u2028\u00e9\"";
    assertEquals(expected, CanonicalJson.encode(all.toString()));
  }

  @Test
  void writesUnicodeAsUtf8() {
    byte[] bytes = CanonicalJson.encodeToBytes(Map.of("k", "\u00e9\u20ac\uD83D\uDE00"));
    assertEquals("7b226b223a22c3a9e282acf09f988022 7d".replace(" ", ""), HexFormat.of().formatHex(bytes));
  }

  @Test
  void sameEventSameBytesWhateverTheInsertionOrderOrWhitespace() throws Exception {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("who", Map.of("realm", "state-nl", "subject", "u1"));
    a.put("action", "document.read");
    a.put("seq", 12L);
    a.put("ok", true);
    a.put("ids", List.of(3, 1, 2));
    a.put("note", null);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("note", null);
    b.put("ids", List.of(3L, 1L, 2L));
    b.put("ok", true);
    b.put("seq", 12);
    b.put("action", "document.read");
    b.put("who", Map.of("subject", "u1", "realm", "state-nl"));
    String expected =
        "{\"action\":\"document.read\",\"ids\":[3,1,2],\"note\":null,\"ok\":true,\"seq\":12,"
            + "\"who\":{\"realm\":\"state-nl\",\"subject\":\"u1\"}}";
    assertEquals(expected, CanonicalJson.encode(a));
    assertEquals(expected, CanonicalJson.encode(b));
    assertArrayEquals(
        CanonicalJson.encodeToBytes(a),
        CanonicalJson.canonicalize(
            " { \"who\" : {\"subject\":\"u1\",\"realm\":\"state-nl\"},\n\t\"seq\":12,"
                + "\"ok\":true,\"note\":null,\"ids\":[3,1,2],\"action\":\"document.read\"} "));
  }

  @Test
  void integersAtTheSafeLimits() {
    assertEquals("[0,-1,9007199254740991,-9007199254740991]",
        CanonicalJson.encode(List.of(0, -1, 9007199254740991L, -9007199254740991L)));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode(9007199254740992L));
  }

  @Test
  void rejectsWhatEventsMustNotHold() {
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode(1.5));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode(1.0f));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode(BigDecimal.ONE));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode("\ud800"));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode("\udc00x"));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode(Map.of(1, "x")));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode(new Object()));
    List<Object> deep = new ArrayList<>();
    List<Object> cursor = deep;
    for (int i = 0; i < 100; i++) {
      List<Object> next = new ArrayList<>();
      cursor.add(next);
      cursor = next;
    }
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode(deep));
  }

  @Test
  void parserDecodesEscapesAndSurrogatePairs() throws Exception {
    assertEquals(
        Arrays.asList("a\"\\/\b\f\n\r\t\u00e9\uD83D\uDE00", 0L, -7L, true, false, null, Map.of(), List.of()),
        Json.parse("[\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E9\\ud83d\\ude00\",0,-7,true,false,null,{},[]]"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "{",
        "{\"a\":1,}",
        "[1,]",
        "{\"a\":1,\"a\":2}", // duplicate member
        "{a:1}",
        "{'a':1}",
        "[01]",
        "[-]",
        "[-0]",
        "[1.0]",
        "[1e3]",
        "[1E3]",
        "[9007199254740992]",
        "[-9007199254740992]",
        "[123456789012345678901234567890]",
        "[\"\\ud800\"]", // lone high surrogate
        "[\"\\udc00\"]", // lone low surrogate
        "[\"\\x41\"]",
        "[\"\\u12\"]",
        "[\"\\u12G4\"]",
        "[\"tab\there\"]", // raw control character
        "[\"unterminated]",
        "[true false]",
        "[tru]",
        "[nul]",
        "{\"a\" 1}",
        "{} {}",
        "[1] x",
        "\u00a0[]", // NBSP is not JSON whitespace
      })
  void parserRejectsMalformedOrDisallowedJson(String text) {
    assertThrows(JsonFormatException.class, () -> Json.parse(text));
  }

  @Test
  void parserRejectsDeepNestingAndNonObjects() {
    assertThrows(JsonFormatException.class, () -> Json.parse("[".repeat(65) + "]".repeat(65)));
    assertEquals(List.of(), unwrap(64));
    assertThrows(JsonFormatException.class, () -> Json.parseObject("[]"));
    assertThrows(JsonFormatException.class, () -> Json.parse(null));
  }

  private static Object unwrap(int depth) {
    try {
      Object value = Json.parse("[".repeat(depth) + "]".repeat(depth));
      for (int i = 1; i < depth; i++) {
        value = ((List<?>) value).get(0);
      }
      return value;
    } catch (JsonFormatException e) {
      throw new AssertionError(e);
    }
  }
}
