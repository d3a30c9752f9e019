package icc.platform.web.exchange.domain;

/**
 * The originator's conditions on further use of what it shares (DESIGN.md section 6, issue 6).
 * The platform enforces H2 (no passing on without recorded consent) and marks H1 material on every
 * download; H0 and H3 are shown with the material and bind the recipients, but no machine can
 * tell a "purpose" from another.
 */
public enum HandlingCode {
  /** Use only for the purpose stated in the thread. */
  H0("Use only for the stated purpose"),
  /** Not for use in judicial proceedings without the originator's consent. */
  H1("Not for use in judicial proceedings without the originator's consent"),
  /** Not to be passed on to another organisation without the originator's consent. */
  H2("Not to be passed on to another organisation without the originator's consent"),
  /** Conditions in free text, set by the originator. */
  H3("Conditions set by the originator (see the conditions text)");

  private final String meaning;

  HandlingCode(String meaning) {
    this.meaning = meaning;
  }

  /** What the code means, in words for the person who receives the material. */
  public String meaning() {
    return meaning;
  }

  /** Whether sharing the material with another organisation needs the originator's consent. */
  public boolean requiresConsentToPassOn() {
    return this == H2;
  }

  /** Whether every download must carry the H1 marking. */
  public boolean markedOnDownload() {
    return this == H1;
  }

  /** Whether the originator must state its conditions in text. */
  public boolean requiresConditions() {
    return this == H3;
  }
}
