package icc.platform.web.library.domain;

/** A business outcome of the library that the API turns into an HTTP status. */
public abstract class LibraryException extends RuntimeException {

  protected LibraryException(String message) {
    super(message);
  }

  /** Bad input (400): names the field at fault; nothing was changed. */
  public static class InvalidInput extends LibraryException {
    private final String field;

    public InvalidInput(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** Not there, or not visible to the caller (404): the two are not told apart. */
  public static class NotFound extends LibraryException {
    public NotFound(String message) {
      super(message);
    }
  }

  /** Visible, but the caller may not do this (403). */
  public static class Forbidden extends LibraryException {
    public Forbidden(String message) {
      super(message);
    }
  }

  /** Not in a state that allows this (409), e.g. approving a version already decided. */
  public static class Conflict extends LibraryException {
    public Conflict(String message) {
      super(message);
    }
  }
}
