package icc.platform.web.exchange.domain;

/** Security classification chosen by the originator, shown with the material. */
public enum Classification {
  UNCLASSIFIED,
  RESTRICTED,
  CONFIDENTIAL
}
