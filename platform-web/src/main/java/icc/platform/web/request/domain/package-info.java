/**
 * The request aggregate, its state machine, per-asset lifecycle, completeness rules (art. 96(2),
 * 93(1)(k)) and identifier value checks (IBAN, BIC, ISO 3166, ISO 4217). No Jakarta EE beyond
 * the persistence mapping.
 */
package icc.platform.web.request.domain;
