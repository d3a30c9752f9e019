package icc.platform.web.profile.domain;

/**
 * The channel a State designated for the Court's requests (Rome Statute art. 87(1)(a): the
 * diplomatic channel or another chosen at ratification; 87(1)(b): INTERPOL or a regional
 * organisation, where appropriate).
 */
public enum Channel {
  DIPLOMATIC,
  CENTRAL_AUTHORITY,
  MINISTRY_OF_JUSTICE,
  INTERPOL,
  REGIONAL_ORGANISATION,
  OTHER
}
