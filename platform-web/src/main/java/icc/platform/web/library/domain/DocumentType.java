package icc.platform.web.library.domain;

/** The kind of document a library entry holds (issue 8). */
public enum DocumentType {
  LEGISLATION("Legislation"),
  PROCEDURE("Procedure"),
  GUIDELINE("Guideline"),
  MODEL_AGREEMENT("Model agreement"),
  CASE_STUDY("Case study"),
  TRAINING_MATERIAL("Training material");

  private final String label;

  DocumentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
