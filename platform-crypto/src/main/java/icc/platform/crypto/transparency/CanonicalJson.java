package icc.platform.crypto.transparency;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme (RFC 8785, JCS) for audit events, restricted to the values
 * events hold: objects, arrays, strings, integers within +-(2^53 - 1), booleans and null. The
 * canonical UTF-8 bytes are what the log hashes as the leaf: SHA-256(0x00 || JCS(event)), so the
 * same event always gives the same leaf, whoever serialises it.
 *
 * <p>Rules applied (RFC 8785 section 3.2): no whitespace; object members sorted by their names
 * "as arrays of UTF-16 code units" (section 3.2.3), which is {@link String#compareTo}; strings
 * with only the escapes of section 3.2.2.2 ({@code \"}, {@code \\}, {@code \b \t \n \f \r} and
 * {@code \\u00xx} in lowercase hex for the other controls below U+0020), every other character
 * as is; integers in plain decimal (how ECMAScript prints an integral double in that range,
 * section 3.2.2.3); output in UTF-8 (section 3.2.4). Floating-point numbers are rejected rather
 * than canonicalised: events never need them, and leaving them out avoids the ECMAScript
 * number-formatting corner cases.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /**
   * The canonical form of a value built from {@code Map<String, ?>}, {@code List<?>}, {@code
   * String}, {@code Long}/{@code Integer}/{@code Short}/{@code Byte}, {@code Boolean} and {@code
   * null}.
   *
   * @throws IllegalArgumentException for any other type, an integer outside +-(2^53 - 1), a
   *     string with a lone surrogate, or a map with a non-string key
   */
  public static String encode(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return out.toString();
  }

  /** The canonical form as UTF-8 bytes, the leaf data of an event. */
  public static byte[] encodeToBytes(Object value) {
    return encode(value).getBytes(StandardCharsets.UTF_8);
  }

  /** Parses JSON text (strictly, see {@link Json}) and returns its canonical UTF-8 bytes. */
  public static byte[] canonicalize(String json) throws JsonFormatException {
    return encodeToBytes(Json.parse(json));
  }

  private static void write(Object value, StringBuilder out, int depth) {
    if (depth > Json.MAX_DEPTH) {
      throw new IllegalArgumentException("nesting deeper than " + Json.MAX_DEPTH);
    }
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (value instanceof String s) {
      writeString(s, out);
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      long n = ((Number) value).longValue();
      if (Math.abs(n) > Json.MAX_SAFE_INTEGER) {
        throw new IllegalArgumentException("integer outside +-(2^53 - 1): " + n);
      }
      out.append(n);
    } else if (value instanceof Map<?, ?> map) {
      writeObject(map, out, depth);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out, depth + 1);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException(
          "not a canonical JSON value (floats are not allowed): " + value.getClass().getName());
    }
  }

  private static void writeObject(Map<?, ?> map, StringBuilder out, int depth) {
    List<String> names = new ArrayList<>(map.size());
    for (Object key : map.keySet()) {
      if (!(key instanceof String name)) {
        throw new IllegalArgumentException("object member names must be strings");
      }
      names.add(name);
    }
    // RFC 8785 section 3.2.3: sort by UTF-16 code units; String.compareTo compares exactly so.
    names.sort(String::compareTo);
    out.append('{');
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      writeString(names.get(i), out);
      out.append(':');
      write(map.get(names.get(i)), out, depth + 1);
    }
    out.append('}');
  }

  private static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException("string contains a lone surrogate");
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
