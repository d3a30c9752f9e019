package icc.platform.web.exchange.domain;

/** The two notices the Assembly names. */
public enum NoticeType {
  /**
   * Information on the potential or confirmed travel of a person subject to an arrest warrant,
   * shared with the Court's focal points on non-cooperation (ICC-ASP/17/Res.5, para 35: "urges
   * States to share ... any information concerning potential or confirmed travel of persons
   * against whom an arrest warrant has been issued").
   */
  WARRANT_SUBJECT_TRAVEL,
  /**
   * A State's voluntary advice to the Court of its own contact with a person subject to a warrant
   * (ICC-ASP/18/Res.3, para 6: States "may, on a voluntary basis, advise the ICC of their own
   * contacts with persons subject to a warrant of arrest").
   */
  VOLUNTARY_CONTACT_ADVISORY
}
