package icc.platform.web.request.domain;

/**
 * Why a request or item was not (fully) executed, as structured codes the statistics count
 * (ICC-ASP/18/Res.3 para 36: "the main challenges"; V30 {@code cooperation_challenge.code}).
 */
public enum ChallengeCode {
  /** A fundamental legal principle or a treaty obligation stands in the way (art. 93(3), 97(c)). */
  LEGAL_IMPEDIMENT,
  /** National law has no procedure to execute this measure on a foreign or Court request. */
  NO_DOMESTIC_PROCEDURE,
  /** The person or asset cannot be identified from what the request gives (art. 97(a)). */
  INSUFFICIENT_IDENTIFIERS,
  BANK_SECRECY,
  /** The asset or person cannot be located (art. 97(b)). */
  ASSET_NOT_FOUND,
  CAPACITY,
  TRANSLATION,
  DEADLINE_TOO_SHORT,
  OTHER
}
