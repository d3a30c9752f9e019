package icc.platform.web.exchange.domain;

/**
 * A business outcome of the exchange feature that ends a request, mapped to HTTP in one place
 * ({@code exchange.api.ExchangeExceptionMapper}): each subclass says what the person did wrong or
 * why it cannot be done.
 */
public abstract class ExchangeException extends RuntimeException {

  private final String error;

  protected ExchangeException(String error, String message) {
    super(message);
    this.error = error;
  }

  /** A stable machine-readable code, e.g. {@code consent_required}. */
  public String error() {
    return error;
  }

  /** Bad input (400): names the field and what is wrong with it. Nothing was changed. */
  public static final class InvalidInput extends ExchangeException {
    private final String field;

    public InvalidInput(String field, String message) {
      super("invalid_input", field + ": " + message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /**
   * Not there, or not yours (404). Used for a thread or document the caller's organisation does
   * not take part in, so that the answer never reveals that another State's object exists.
   */
  public static final class NotFound extends ExchangeException {
    public NotFound(String what) {
      super("not_found", "There is no " + what + " with this identifier that you can see");
    }
  }

  /** The caller's role does not allow this (403), e.g. an administrator asking for content. */
  public static final class Forbidden extends ExchangeException {
    public Forbidden(String message) {
      super("forbidden", message);
    }
  }

  /**
   * A rule of the thread's state or handling code forbids it now (409), e.g. passing H2 material
   * on without the originator's consent, or answering a consent request twice.
   */
  public static final class Conflict extends ExchangeException {
    public Conflict(String error, String message) {
      super(error, message);
    }
  }

  /** An upload larger than the platform's limit (413). Nothing was stored. */
  public static final class TooLarge extends ExchangeException {
    public TooLarge(long limit) {
      super("too_large", "The document is larger than the limit of " + limit + " bytes; nothing was stored");
    }
  }
}
