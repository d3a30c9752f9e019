package icc.platform.web.library.domain;

/**
 * What a library entry is about: the list of issue 8, drawn from the seeds (asset recovery and
 * financial investigation: seed 002 paras 12-13; voluntary agreements: seed 004 paras 27-40; the
 * 66 recommendations: seed 000 para 28, seed 002 para 5).
 */
public enum Topic {
  ASSET_RECOVERY("Asset recovery"),
  FINANCIAL_INVESTIGATION("Financial investigation"),
  ARREST_AND_SURRENDER("Arrest and surrender"),
  WITNESS_PROTECTION_AND_RELOCATION("Witness protection and relocation"),
  ENFORCEMENT_OF_SENTENCES("Enforcement of sentences"),
  INTERIM_AND_FINAL_RELEASE("Interim and final release"),
  PRIVILEGES_AND_IMMUNITIES("Privileges and immunities"),
  IMPLEMENTING_LEGISLATION("Implementing legislation"),
  SIXTY_SIX_RECOMMENDATIONS("The 66 recommendations"),
  OTHER("Other");

  private final String label;

  Topic(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
