package icc.platform.web.profile.domain;

/** National authorities a State lists in its profile (issue 8; seed 000 para 9). */
public enum AuthorityKind {
  CENTRAL_AUTHORITY,
  FINANCIAL_INTELLIGENCE_UNIT,
  ASSET_RECOVERY_OFFICE,
  PROSECUTOR,
  OTHER
}
