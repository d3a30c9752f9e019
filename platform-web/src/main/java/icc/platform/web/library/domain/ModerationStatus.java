package icc.platform.web.library.domain;

/**
 * Where a version stands in moderation. {@code PENDING -> APPROVED} or {@code PENDING ->
 * REJECTED} (a reviewer), or {@code PENDING -> WITHDRAWN} (its own contributor, before a reviewer
 * decided), once: a version that left PENDING never changes again (a correction is a new version).
 */
public enum ModerationStatus {
  PENDING,
  APPROVED,
  REJECTED,
  WITHDRAWN
}
