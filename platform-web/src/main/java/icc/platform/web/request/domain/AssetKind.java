package icc.platform.web.request.domain;

/** What kind of property an asset is (V30 {@code cooperation_asset.kind}). */
public enum AssetKind {
  BANK_ACCOUNT,
  REAL_ESTATE,
  VEHICLE,
  VESSEL,
  AIRCRAFT,
  COMPANY_SHARES,
  VIRTUAL_ASSET,
  OTHER
}
