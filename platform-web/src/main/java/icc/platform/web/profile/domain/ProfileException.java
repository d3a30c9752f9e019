package icc.platform.web.profile.domain;

/** A business outcome of country profiles that the API turns into an HTTP status. */
public abstract class ProfileException extends RuntimeException {

  protected ProfileException(String message) {
    super(message);
  }

  /** Bad input (400), naming the field at fault; nothing was changed. */
  public static class InvalidInput extends ProfileException {
    private final String field;

    public InvalidInput(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** No such State or version (404). */
  public static class NotFound extends ProfileException {
    public NotFound(String message) {
      super(message);
    }
  }

  /** Another State's profile, or a role that does not edit (403). */
  public static class Forbidden extends ProfileException {
    public Forbidden(String message) {
      super(message);
    }
  }
}
