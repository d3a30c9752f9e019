package icc.platform.web.request.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What the requested State reports on one asset.
 *
 * @param documentId a document uploaded into the request's thread (exchange API), or null
 */
public record AssetReport(
    AssetStatus status, LocalDate effectiveDate, BigDecimal value, String currency, String executingAuthority,
    String reportText, String documentId) {

  /** Checked and normalised; 400 naming the field. */
  AssetReport checked(LocalDate today) {
    if (status == null) {
      throw new RequestException.InvalidInput("status", "required: IDENTIFIED, TRACED, FROZEN, SEIZED, RELEASED, TRANSFERRED or NOT_FOUND");
    }
    if (status == AssetStatus.REQUESTED) {
      throw new RequestException.InvalidInput("status", "REQUESTED is where an asset starts; report what was done");
    }
    if (effectiveDate == null) {
      throw new RequestException.InvalidInput("effectiveDate", "required: the date of the measure, e.g. 2026-03-14");
    }
    Identifiers.notFuture(effectiveDate, today).ifPresent(m -> {
      throw new RequestException.InvalidInput("effectiveDate", m);
    });
    String cur = Texts.optional("currency", currency, 3);
    if (value != null) {
      if (value.signum() < 0 || value.precision() - value.scale() > 17) {
        throw new RequestException.InvalidInput("value", "must be a positive amount below 10^17");
      }
      if (cur == null) {
        throw new RequestException.InvalidInput("currency", "required with a value: an ISO 4217 code, e.g. EUR");
      }
    }
    if (cur != null) {
      Identifiers.currencyProblem(cur).ifPresent(m -> {
        throw new RequestException.InvalidInput("currency", m);
      });
      cur = Identifiers.normalCurrency(cur);
    }
    String authority = Texts.text("executingAuthority", executingAuthority, AssetEvent.AUTHORITY_MAX);
    if (status.isMeasure() && authority.isEmpty()) {
      throw new RequestException.InvalidInput("executingAuthority", "required for " + status + ": the authority that executed it (art. 99(1))");
    }
    return new AssetReport(status, effectiveDate, value == null ? null : value.setScale(2, RoundingMode.HALF_UP), cur, authority,
        Texts.required("reportText", reportText, AssetEvent.REPORT_MAX), documentId);
  }
}
