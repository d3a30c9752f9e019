package icc.platform.web.organisation.domain;

/** Whether an organisation's users and systems may use the platform at all. */
public enum OrganisationStatus {
  ACTIVE,
  /** Every request from its users and clients is refused at once; its data is kept untouched. */
  SUSPENDED
}
