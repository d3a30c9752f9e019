package icc.platform.web.profile.domain;

/**
 * Voluntary agreements a State may have with the Court (seed 000 paras 18-24, seed 004 paras
 * 27-40): relocation of witnesses, enforcement of sentences (Rome Statute art. 103), interim
 * release, final release (also after acquittal).
 */
public enum AgreementKind {
  RELOCATION_OF_WITNESSES,
  ENFORCEMENT_OF_SENTENCES,
  INTERIM_RELEASE,
  FINAL_RELEASE
}
