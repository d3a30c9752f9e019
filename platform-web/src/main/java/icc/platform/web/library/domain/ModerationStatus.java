package icc.platform.web.library.domain;

/**
 * Where a version stands in moderation. {@code PENDING -> APPROVED} or {@code PENDING ->
 * REJECTED}, once: a decided version never changes again (a correction is a new version).
 */
public enum ModerationStatus {
  PENDING,
  APPROVED,
  REJECTED
}
