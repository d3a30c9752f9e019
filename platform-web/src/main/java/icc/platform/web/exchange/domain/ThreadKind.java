package icc.platform.web.exchange.domain;

/** What a thread is for. */
public enum ThreadKind {
  /** Free exchange between focal points and the Court (experience, legal opinions, documents). */
  DISCUSSION,
  /** A structured notice to the Court (see {@link NoticeType}). */
  NOTICE,
  /**
   * A request for cooperation (art. 93): opened only through the requests API
   * ({@code /api/v1/requests}, docs/requests.md), which gives it its structure and lifecycle.
   */
  COOPERATION_REQUEST
}
