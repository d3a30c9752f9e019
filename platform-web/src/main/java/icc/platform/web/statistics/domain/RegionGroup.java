package icc.platform.web.statistics.domain;

/**
 * The five regional groups of UN Member States (table {@code un_regional_group}, V40), by which
 * the Assembly reads the Court's "disaggregated data" (ICC-ASP/18/Res.3 para 36).
 */
public enum RegionGroup {
  AFRICAN("African States"),
  ASIA_PACIFIC("Asia-Pacific States"),
  EASTERN_EUROPEAN("Eastern European States"),
  LATIN_AMERICAN_CARIBBEAN("Latin American and Caribbean States"),
  WESTERN_EUROPEAN_OTHER("Western European and other States");

  private final String title;

  RegionGroup(String title) {
    this.title = title;
  }

  /** The group's name as the UN writes it. */
  public String title() {
    return title;
  }
}
