package icc.platform.web.statistics.domain;

import java.util.Optional;

/**
 * How far an asset got, from its current status in {@code cooperation_asset} (art. 93(1)(k):
 * "identification, tracing and freezing or seizure of proceeds, property and assets").
 */
public enum AssetStep {
  IDENTIFIED(Measure.ASSETS_IDENTIFIED),
  FROZEN(Measure.ASSETS_FROZEN),
  SEIZED(Measure.ASSETS_SEIZED);

  private final Measure measure;

  AssetStep(Measure measure) {
    this.measure = measure;
  }

  public Measure measure() {
    return measure;
  }

  /** The step an asset status counts under, if any (REQUESTED, RELEASED, NOT_FOUND count under none). */
  public static Optional<AssetStep> of(String assetStatus) {
    return switch (assetStatus) {
      case "IDENTIFIED", "TRACED" -> Optional.of(IDENTIFIED);
      case "FROZEN" -> Optional.of(FROZEN);
      case "SEIZED", "TRANSFERRED" -> Optional.of(SEIZED);
      default -> Optional.empty();
    };
  }
}
