package icc.platform.web.statistics.domain;

import java.math.BigDecimal;

/** The estimated value of the assets of one step in one currency, with how many assets make it. */
public record AssetValue(AssetStep step, String currency, long assets, BigDecimal amount, boolean suppressed) {

  public AssetValue suppressedCopy() {
    return new AssetValue(step, currency, assets, null, true);
  }
}
