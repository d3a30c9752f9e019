package icc.platform.web.request.domain;

/** A subject of a request is a person or a legal entity (V30 {@code cooperation_subject.kind}). */
public enum SubjectKind {
  NATURAL_PERSON,
  LEGAL_ENTITY
}
