package icc.platform.crypto.transparency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser (RFC 8259) for audit events and audit exports, so the offline
 * verifier needs nothing beyond the JDK.
 *
 * <p>Values map to {@code Map<String, Object>} (keys in document order), {@code List<Object>},
 * {@code String}, {@code Long}, {@code Boolean} and {@code null}. Beyond RFC 8259 it applies the
 * limits that make an event hash the same everywhere (I-JSON, RFC 7493, and RFC 8785 section
 * 3.2.2.3): duplicate member names, lone surrogates, numbers with a fraction or an exponent and
 * integers outside +-(2^53 - 1) are all rejected with {@link JsonFormatException}; so is nesting
 * deeper than {@link #MAX_DEPTH}.
 */
public final class Json {

  /** Deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 64;

  /** Largest integer magnitude accepted: 2^53 - 1, exact in an IEEE 754 double (I-JSON). */
  public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /** Parses one JSON value; only whitespace may surround it. */
  public static Object parse(String text) throws JsonFormatException {
    if (text == null) {
      throw new JsonFormatException("no JSON text");
    }
    Json parser = new Json(text);
    parser.skipWhitespace();
    Object value = parser.value(0);
    parser.skipWhitespace();
    if (parser.pos != text.length()) {
      throw parser.error("unexpected text after the JSON value");
    }
    return value;
  }

  /** Parses a JSON object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) throws JsonFormatException {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new JsonFormatException("JSON value is not an object");
    }
    return (Map<String, Object>) value;
  }

  private Object value(int depth) throws JsonFormatException {
    if (pos >= text.length()) {
      throw error("unexpected end of JSON");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character");
    }
  }

  private Map<String, Object> object(int depth) throws JsonFormatException {
    checkDepth(depth);
    pos++; // '{'
    Map<String, Object> members = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return members;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a member name");
      }
      String name = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      Object value = value(depth);
      if (members.containsKey(name)) {
        throw error("duplicate member name \"" + name + "\"");
      }
      members.put(name, value);
      skipWhitespace();
      char c = next();
      if (c == '}') {
        return members;
      }
      if (c != ',') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) throws JsonFormatException {
    checkDepth(depth);
    pos++; // '['
    List<Object> elements = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return elements;
    }
    while (true) {
      skipWhitespace();
      elements.add(value(depth));
      skipWhitespace();
      char c = next();
      if (c == ']') {
        return elements;
      }
      if (c != ',') {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() throws JsonFormatException {
    pos++; // opening quote
    StringBuilder s = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        throw error("unescaped control character in string");
      }
      if (c != '\\') {
        s.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"' -> s.append('"');
        case '\\' -> s.append('\\');
        case '/' -> s.append('/');
        case 'b' -> s.append('\b');
        case 'f' -> s.append('\f');
        case 'n' -> s.append('\n');
        case 'r' -> s.append('\r');
        case 't' -> s.append('\t');
        case 'u' -> s.append(hex4());
        default -> throw error("invalid escape sequence");
      }
    }
    String result = s.toString();
    for (int i = 0; i < result.length(); i++) {
      char c = result.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < result.length()
          && Character.isLowSurrogate(result.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw error("string contains a lone surrogate");
      }
    }
    return result;
  }

  private char hex4() throws JsonFormatException {
    if (pos + 4 > text.length()) {
      throw error("truncated \\u escape");
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(pos + i), 16);
      if (digit < 0) {
        throw error("invalid \\u escape");
      }
      value = value * 16 + digit;
    }
    pos += 4;
    return (char) value;
  }

  private Long number() throws JsonFormatException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (pos >= text.length() || !isDigit(text.charAt(pos))) {
      throw error("invalid number");
    }
    if (text.charAt(pos) == '0' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
      throw error("number with a leading zero");
    }
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos < text.length() && "eE.".indexOf(text.charAt(pos)) >= 0) {
      throw error("only integers are allowed, not fractions or exponents");
    }
    String digits = text.substring(start, pos);
    if (digits.length() > 17) {
      throw error("integer outside +-(2^53 - 1)");
    }
    long value = Long.parseLong(digits);
    if (Math.abs(value) > MAX_SAFE_INTEGER) {
      throw error("integer outside +-(2^53 - 1)");
    }
    if (digits.equals("-0")) {
      throw error("negative zero");
    }
    return value;
  }

  private Object literal(String word, Object value) throws JsonFormatException {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected character");
    }
    pos += word.length();
    return value;
  }

  private void checkDepth(int depth) throws JsonFormatException {
    if (depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private char next() throws JsonFormatException {
    if (pos >= text.length()) {
      throw error("unexpected end of JSON");
    }
    return text.charAt(pos++);
  }

  private void expect(char c) throws JsonFormatException {
    if (next() != c) {
      pos--;
      throw error("expected '" + c + "'");
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private JsonFormatException error(String message) {
    return new JsonFormatException(message + " at offset " + pos);
  }
}
