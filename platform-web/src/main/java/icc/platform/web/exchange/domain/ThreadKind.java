package icc.platform.web.exchange.domain;

/** What a thread is for. {@code COOPERATION_REQUEST} comes with its own issue. */
public enum ThreadKind {
  /** Free exchange between focal points and the Court (experience, legal opinions, documents). */
  DISCUSSION,
  /** A structured notice to the Court (see {@link NoticeType}). */
  NOTICE
}
