package icc.platform.web.profile.domain;

/** Where the State's implementing legislation stands (seed 002 para 6 and resolution para 6). */
public enum LegislationStatus {
  NONE,
  DRAFT,
  PARTIAL,
  COMPLETE,
  UNKNOWN
}
