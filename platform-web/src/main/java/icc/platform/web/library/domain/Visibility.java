package icc.platform.web.library.domain;

/**
 * Who may read the published version of an entry. The library lives inside the platform, so even
 * {@link #PUBLIC} entries are served to signed-in organisations only for now: the flag records
 * that the contributor allows publication outside (docs/library.md).
 */
public enum Visibility {
  /** Every organisation on the platform. */
  ALL_ORGANISATIONS,
  /** The Court, and the organisation that contributed the entry. */
  COURT_ONLY,
  /** Every organisation, and cleared for publication outside the platform. */
  PUBLIC
}
