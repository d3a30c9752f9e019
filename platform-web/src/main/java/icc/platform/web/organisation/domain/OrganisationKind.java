package icc.platform.web.organisation.domain;

/** What sort of organisation takes part in the platform (DESIGN.md section 2). */
public enum OrganisationKind {
  /** A State, party to the Rome Statute or not; its focal points are the channel of art. 87(1)(a). */
  STATE,
  /** The International Criminal Court (its units: Registry, OTP, Presidency, TFV...). */
  COURT,
  /** The platform operators at the Assembly Secretariat: they manage accounts, never content. */
  PLATFORM_OPERATOR,
  /** An international or regional organisation (art. 87(1)(b), e.g. INTERPOL). */
  INTERNATIONAL_ORGANISATION
}
