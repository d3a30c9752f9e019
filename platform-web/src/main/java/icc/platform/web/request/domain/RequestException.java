package icc.platform.web.request.domain;

import java.util.List;

/**
 * A business outcome of the request feature that ends an API call, mapped to HTTP in one place
 * ({@code request.api.RequestExceptionMapper}).
 */
public abstract class RequestException extends RuntimeException {

  private final String error;

  protected RequestException(String error, String message) {
    super(message);
    this.error = error;
  }

  /** A stable machine-readable code. */
  public String error() {
    return error;
  }

  /** Bad input (400), naming the field first. Nothing was changed. */
  public static final class InvalidInput extends RequestException {
    public InvalidInput(String field, String message) {
      super("invalid_input", field + ": " + message);
    }
  }

  /** Not there, or not for this organisation to see (404): never reveals another State's request. */
  public static final class NotFound extends RequestException {
    public NotFound(String what) {
      super("not_found", "There is no " + what + " with this identifier that you can see");
    }
  }

  /** The caller's role or side may never do this (403). */
  public static final class Forbidden extends RequestException {
    public Forbidden(String message) {
      super("forbidden", message);
    }
  }

  /** The action is the caller's to take, but not in the request's present state (409). */
  public static final class WrongState extends RequestException {
    private final List<RequestAction> allowed;

    public WrongState(RequestAction action, RequestStatus status, SideState side, List<RequestAction> allowed) {
      super("wrong_state", action + " is not possible while the request is " + status
          + (side == null ? "" : " (" + side + ")") + "; you may now: "
          + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed.stream().map(Enum::name).toList())));
      this.allowed = List.copyOf(allowed);
    }

    public List<RequestAction> allowed() {
      return allowed;
    }
  }

  /** Another rule of the request's state refuses it (409), e.g. an asset report on a closed request. */
  public static final class Conflict extends RequestException {
    public Conflict(String error, String message) {
      super(error, message);
    }
  }

  /** Submission of a request that fails the completeness check (422), with what is missing. */
  public static final class Incomplete extends RequestException {
    private final List<Finding> findings;

    public Incomplete(List<Finding> findings) {
      super("incomplete", "The request is not complete: " + findings.size() + " point(s) to fix before it can be submitted");
      this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
      return findings;
    }
  }
}
