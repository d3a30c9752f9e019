package icc.platform.web.request.domain;

/** A state beside the main status while the requested State and the requester sort something out. */
public enum SideState {
  /** Problems impede or prevent execution: the State consults the Court (art. 97). */
  CONSULTATION,
  /** The State offers assistance subject to conditions before it would deny (art. 93(5)). */
  CONDITIONS_PROPOSED,
  /** Execution would interfere with an ongoing national investigation or prosecution (art. 94). */
  POSTPONED
}
