package icc.platform.web.exchange.domain;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifier of a thread, message, document or consent request: a random (version 4) UUID in
 * lower-case text form. Random, so that an identifier says nothing about how many threads another
 * organisation has, and cannot be guessed.
 */
public record ExchangeId(String value) {

  public static final int LENGTH = 36;
  private static final Pattern SHAPE =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  public ExchangeId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not an exchange identifier");
    }
  }

  public static ExchangeId random() {
    return new ExchangeId(UUID.randomUUID().toString());
  }

  /**
   * Reads an identifier typed or sent by a client.
   *
   * @param field the parameter's name, for the error message
   * @throws ExchangeException.InvalidInput if it is not a UUID
   */
  public static ExchangeId parse(String field, String text) {
    String normal = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (!SHAPE.matcher(normal).matches()) {
      throw new ExchangeException.InvalidInput(field, "must be an identifier such as 3f0c2a8e-5b7d-4c1e-9a6f-0d2b4e8c1a7f");
    }
    return new ExchangeId(normal);
  }

  @Override
  public String toString() {
    return value;
  }
}
