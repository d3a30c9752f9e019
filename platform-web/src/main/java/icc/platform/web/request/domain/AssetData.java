package icc.platform.web.request.domain;

import java.math.BigDecimal;

/**
 * An asset as the drafter (or the executing State, for one found during execution) describes it.
 *
 * @param holder index in the request's subjects of the holder or owner, if known
 * @param iban ISO 13616, any spacing
 */
public record AssetData(
    AssetKind kind,
    String description,
    Integer holder,
    String iban,
    String accountNumber,
    String bic,
    String institution,
    String registryReference,
    String virtualAddress,
    String virtualNetwork,
    String country,
    BigDecimal estimatedValue,
    String currency) {

  public static final int DESCRIPTION_MAX = 1000;
  public static final int ACCOUNT_MAX = 64;
  public static final int INSTITUTION_MAX = 200;
  public static final int REGISTRY_MAX = 200;
  public static final int VIRTUAL_ADDRESS_MAX = 200;
  public static final int VIRTUAL_NETWORK_MAX = 50;

  /** Checked lengths and trimmed; identifiers in their normal form (problems are findings, not errors). */
  AssetData normalised(String path) {
    if (kind == null) {
      throw new RequestException.InvalidInput(path + ".kind",
          "required: BANK_ACCOUNT, REAL_ESTATE, VEHICLE, VESSEL, AIRCRAFT, COMPANY_SHARES, VIRTUAL_ASSET or OTHER");
    }
    String i = Texts.optional(path + ".iban", iban, 64);
    String b = Texts.optional(path + ".bic", bic, 20);
    String c = Texts.optional(path + ".country", country, 8);
    String cur = Texts.optional(path + ".currency", currency, 8);
    if (estimatedValue != null && (estimatedValue.signum() < 0 || estimatedValue.precision() - estimatedValue.scale() > 17)) {
      throw new RequestException.InvalidInput(path + ".estimatedValue", "must be a positive amount below 10^17");
    }
    return new AssetData(kind, Texts.text(path + ".description", description, DESCRIPTION_MAX), holder,
        i == null ? null : Identifiers.normalIban(i), Texts.text(path + ".accountNumber", accountNumber, ACCOUNT_MAX),
        b == null ? null : Identifiers.normalBic(b), Texts.text(path + ".institution", institution, INSTITUTION_MAX),
        Texts.text(path + ".registryReference", registryReference, REGISTRY_MAX),
        Texts.text(path + ".virtualAddress", virtualAddress, VIRTUAL_ADDRESS_MAX),
        Texts.text(path + ".virtualNetwork", virtualNetwork, VIRTUAL_NETWORK_MAX),
        c == null ? null : Identifiers.normalCountry(c), estimatedValue == null ? null : estimatedValue.setScale(2, java.math.RoundingMode.HALF_UP),
        cur == null ? null : Identifiers.normalCurrency(cur));
  }

  /**
   * Whether the asset is pinned down well enough for a State to act on it without searching: the
   * identifier its registry uses (art. 93(1)(k) freezing or seizure needs an identified asset).
   */
  public boolean isIdentified() {
    return switch (kind) {
      case BANK_ACCOUNT -> iban != null || (!accountNumber.isBlank() && (!institution.isBlank() || bic != null));
      case REAL_ESTATE, VEHICLE, VESSEL, AIRCRAFT, COMPANY_SHARES -> !registryReference.isBlank();
      case VIRTUAL_ASSET -> !virtualAddress.isBlank() && !virtualNetwork.isBlank();
      case OTHER -> !description.isBlank();
    };
  }
}
