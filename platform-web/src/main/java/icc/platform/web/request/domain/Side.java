package icc.platform.web.request.domain;

/** The two sides of a request: the organisation asking and the one asked to execute. */
public enum Side {
  /** The Court, or a State asking the Court under art. 93(10). */
  REQUESTING,
  /** The organisation that executes. */
  REQUESTED
}
