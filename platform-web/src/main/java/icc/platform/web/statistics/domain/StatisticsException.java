package icc.platform.web.statistics.domain;

/** A business outcome of the statistics that the API turns into an HTTP status. */
public abstract class StatisticsException extends RuntimeException {

  protected StatisticsException(String message) {
    super(message);
  }

  /** Bad input (400), naming the field at fault first. */
  public static class InvalidInput extends StatisticsException {
    private final String field;

    public InvalidInput(String field, String message) {
      super(field + ": " + message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** Another State's figures the caller may not see by name (404: not even whether there are any). */
  public static class NotFound extends StatisticsException {
    public NotFound(String message) {
      super(message);
    }
  }

  /** The caller's role never sees this (403). */
  public static class Forbidden extends StatisticsException {
    public Forbidden(String message) {
      super(message);
    }
  }
}
