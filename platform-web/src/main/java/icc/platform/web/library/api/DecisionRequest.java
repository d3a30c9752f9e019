package icc.platform.web.library.api;

/** A reviewer's decision: a note on approval (optional) or the reason for a rejection (required). */
public class DecisionRequest {
  public String note;
  public String reason;
}
