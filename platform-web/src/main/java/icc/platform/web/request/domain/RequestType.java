package icc.platform.web.request.domain;

/**
 * What is asked, by letter of Rome Statute art. 93(1). The four asset measures of 93(1)(k) are
 * types of their own because they are what this platform exists to speed up (ICC-ASP/18/Res.3
 * paras 12-15) and each has its own completeness rules.
 */
public enum RequestType {
  IDENTIFY_ASSETS("93(1)(k)", "identification of proceeds, property, assets"),
  TRACE_ASSETS("93(1)(k)", "tracing of proceeds, property, assets"),
  FREEZE_ASSETS("93(1)(k)", "freezing of proceeds, property, assets"),
  SEIZE_ASSETS("93(1)(k)", "seizure of proceeds, property, assets"),
  IDENTIFY_LOCATE_PERSONS("93(1)(a)", "identifying and locating persons or items"),
  TAKE_EVIDENCE("93(1)(b)", "taking of evidence"),
  QUESTION_PERSONS("93(1)(c)", "questioning of a person under investigation or prosecution"),
  SERVE_DOCUMENTS("93(1)(d)", "service of documents"),
  VOLUNTARY_APPEARANCE("93(1)(e)", "voluntary appearance of witnesses or experts"),
  TEMPORARY_TRANSFER("93(1)(f)", "temporary transfer of a person in custody"),
  EXAMINE_SITES("93(1)(g)", "examination of places or sites"),
  SEARCH_AND_SEIZURE("93(1)(h)", "execution of searches and seizures"),
  PROVIDE_RECORDS("93(1)(i)", "provision of records and documents"),
  PROTECT_WITNESSES("93(1)(j)", "protection of victims and witnesses, preservation of evidence"),
  /** Any other assistance not prohibited by the requested State's law; described in words. */
  OTHER("93(1)(l)", "other assistance");

  private final String article;
  private final String description;

  RequestType(String article, String description) {
    this.article = article;
    this.description = description;
  }

  /** The Statute provision, e.g. {@code 93(1)(k)}. */
  public String article() {
    return article;
  }

  public String description() {
    return description;
  }

  /** Identification, tracing, freezing or seizure of assets (art. 93(1)(k)). */
  public boolean isAssetMeasure() {
    return article.equals("93(1)(k)");
  }

  /** Freezing or seizure: a protective measure that implements a Chamber decision (art. 57(3)(e)). */
  public boolean isProtectiveMeasure() {
    return this == FREEZE_ASSETS || this == SEIZE_ASSETS;
  }

  /** Identification or tracing: finding what a person or company holds. */
  public boolean isInquiry() {
    return this == IDENTIFY_ASSETS || this == TRACE_ASSETS;
  }

  /** Types whose object is a person to find, hear, serve or move (art. 96(2)(b)). */
  public boolean concernsPersons() {
    return switch (this) {
      case IDENTIFY_LOCATE_PERSONS, QUESTION_PERSONS, SERVE_DOCUMENTS, VOLUNTARY_APPEARANCE, TEMPORARY_TRANSFER -> true;
      default -> false;
    };
  }
}
