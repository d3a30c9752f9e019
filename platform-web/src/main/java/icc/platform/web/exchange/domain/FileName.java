package icc.platform.web.exchange.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name of an uploaded document, as shown to people and offered on download. Never used as a
 * path on the server (the stored file is named by a random key), but still refused when it looks
 * like a path or carries characters that break headers or pages: a name such as {@code
 * ../../etc/passwd}, {@code C:\x}, or one with control characters, quotes or angle brackets is a
 * mistake or an attack, and the uploader is told so (400) rather than silently renamed.
 */
public record FileName(String value) {

  public static final int MAX_LENGTH = 255;
  private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}/\\\\\"<>:*?|;]");

  public FileName {
    if (value == null || value.isBlank()) {
      throw new ExchangeException.InvalidInput("filename", "required (the document's name, e.g. statement.pdf)");
    }
    if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      value = Normalizer.normalize(value, Normalizer.Form.NFC);
    }
    if (value.length() > MAX_LENGTH) {
      throw new ExchangeException.InvalidInput("filename", "at most " + MAX_LENGTH + " characters");
    }
    if (FORBIDDEN.matcher(value).find()) {
      throw new ExchangeException.InvalidInput(
          "filename", "must be a plain name: no path separators, control characters or any of \" < > : * ? | ;");
    }
    if (value.equals(".") || value.equals("..") || value.startsWith(".") || value.strip().length() != value.length()) {
      throw new ExchangeException.InvalidInput("filename", "must not start with a dot or a space, nor end with a space");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
