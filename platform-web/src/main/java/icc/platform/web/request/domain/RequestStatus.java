package icc.platform.web.request.domain;

/** The main lifecycle status of a request (V30 {@code cooperation_request.status}). */
public enum RequestStatus {
  DRAFT,
  SUBMITTED,
  ACKNOWLEDGED,
  IN_PROGRESS,
  CLARIFICATION_REQUESTED,
  PARTIALLY_EXECUTED,
  EXECUTED,
  DECLINED,
  WITHDRAWN;

  /** Reached an outcome: {@code closed_at} is set (V30). */
  public boolean isClosed() {
    return this == PARTIALLY_EXECUTED || this == EXECUTED || this == DECLINED || this == WITHDRAWN;
  }

  /** Submitted and not closed: the requested State owes an answer, and the deadline runs. */
  public boolean isPending() {
    return this != DRAFT && !isClosed();
  }
}
