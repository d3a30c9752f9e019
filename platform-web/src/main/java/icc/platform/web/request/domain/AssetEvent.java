package icc.platform.web.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One execution report on one asset (art. 99(1): executed under the requested State's procedure;
 * the report names the executing authority): the status reached, when, for how much, with an
 * optional supporting document uploaded into the request's thread.
 */
@Entity
@Table(name = "cooperation_asset_event")
public class AssetEvent {

  public static final int AUTHORITY_MAX = 200;
  public static final int REPORT_MAX = 16_000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "asset_id", nullable = false, length = 36)
  private String assetId;

  @Column(name = "request_id", nullable = false, length = 36)
  private String requestId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private AssetStatus status;

  @Column(name = "effective_date", nullable = false)
  private LocalDate effectiveDate;

  @Column(name = "value", precision = 19, scale = 2)
  private BigDecimal value;

  @Column(name = "currency", length = 3)
  private String currency;

  @Column(name = "executing_authority", nullable = false, length = AUTHORITY_MAX)
  private String executingAuthority;

  @Column(name = "report_text", nullable = false, length = REPORT_MAX)
  private String reportText;

  @Column(name = "document_id", length = 36)
  private String documentId;

  @Column(name = "recorded_org", nullable = false, length = 16)
  private String recordedOrg;

  @Column(name = "recorded_by", nullable = false, length = 255)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected AssetEvent() {
    // for JPA
  }

  static AssetEvent of(String requestId, String assetId, AssetReport r, String org, String user, Instant now) {
    AssetEvent e = new AssetEvent();
    e.id = UUID.randomUUID().toString();
    e.assetId = assetId;
    e.requestId = requestId;
    e.status = r.status();
    e.effectiveDate = r.effectiveDate();
    e.value = r.value();
    e.currency = r.currency();
    e.executingAuthority = r.executingAuthority();
    e.reportText = r.reportText();
    e.documentId = r.documentId();
    e.recordedOrg = org;
    e.recordedBy = user;
    e.recordedAt = now;
    return e;
  }

  public String id() {
    return id;
  }

  public String assetId() {
    return assetId;
  }

  public String requestId() {
    return requestId;
  }

  public AssetStatus status() {
    return status;
  }

  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  public BigDecimal value() {
    return value;
  }

  public String currency() {
    return currency;
  }

  public String executingAuthority() {
    return executingAuthority;
  }

  public String reportText() {
    return reportText;
  }

  public String documentId() {
    return documentId;
  }

  public String recordedOrg() {
    return recordedOrg;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
