package icc.platform.web.request.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one asset stands (DESIGN.md section 6): identified, traced, frozen, seized, then released
 * or transferred; or not found. Measures only move forward: a later report can skip steps (a
 * State may freeze an account it was asked to freeze without reporting it traced first), but a
 * frozen asset does not become merely "identified" again. An asset not found may still turn up.
 */
public enum AssetStatus {
  REQUESTED,
  IDENTIFIED,
  TRACED,
  FROZEN,
  SEIZED,
  RELEASED,
  TRANSFERRED,
  NOT_FOUND;

  /** The statuses a report may move an asset in this status to. */
  public Set<AssetStatus> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(IDENTIFIED, TRACED, FROZEN, SEIZED, NOT_FOUND);
      case IDENTIFIED -> EnumSet.of(TRACED, FROZEN, SEIZED, NOT_FOUND);
      case TRACED -> EnumSet.of(FROZEN, SEIZED, NOT_FOUND);
      case FROZEN -> EnumSet.of(SEIZED, RELEASED, TRANSFERRED);
      case SEIZED -> EnumSet.of(RELEASED, TRANSFERRED);
      case NOT_FOUND -> EnumSet.of(IDENTIFIED, TRACED, FROZEN, SEIZED);
      case RELEASED, TRANSFERRED -> EnumSet.noneOf(AssetStatus.class);
    };
  }

  /** A measure that holds value: the report gives the executing authority. */
  public boolean isMeasure() {
    return this == FROZEN || this == SEIZED || this == TRANSFERRED;
  }
}
