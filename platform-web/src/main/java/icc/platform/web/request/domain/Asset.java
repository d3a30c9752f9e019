package icc.platform.web.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An asset a request concerns, or one the requested State found while executing it, with where
 * it stands now ({@link AssetStatus}); its history is the list of {@link AssetEvent}s.
 */
@Entity
@Table(name = "cooperation_asset")
public class Asset {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "position", nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24)
  private AssetKind kind;

  @Column(name = "description", nullable = false, length = AssetData.DESCRIPTION_MAX)
  private String description;

  @Column(name = "subject_id", length = 36)
  private String subjectId;

  @Column(name = "iban", length = 34)
  private String iban;

  @Column(name = "account_number", nullable = false, length = AssetData.ACCOUNT_MAX)
  private String accountNumber;

  @Column(name = "bic", length = 11)
  private String bic;

  @Column(name = "institution", nullable = false, length = AssetData.INSTITUTION_MAX)
  private String institution;

  @Column(name = "registry_reference", nullable = false, length = AssetData.REGISTRY_MAX)
  private String registryReference;

  @Column(name = "virtual_address", nullable = false, length = AssetData.VIRTUAL_ADDRESS_MAX)
  private String virtualAddress;

  @Column(name = "virtual_network", nullable = false, length = AssetData.VIRTUAL_NETWORK_MAX)
  private String virtualNetwork;

  @Column(name = "country", length = 2)
  private String country;

  @Column(name = "estimated_value", precision = 19, scale = 2)
  private BigDecimal estimatedValue;

  @Column(name = "currency", length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "added_by_side", nullable = false, length = 16)
  private Side addedBySide;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private AssetStatus status;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Column(name = "executed_value", precision = 19, scale = 2)
  private BigDecimal executedValue;

  @Column(name = "executed_currency", length = 3)
  private String executedCurrency;

  @Column(name = "executing_authority", nullable = false, length = AssetEvent.AUTHORITY_MAX)
  private String executingAuthority;

  protected Asset() {
    // for JPA
  }

  static Asset of(int position, AssetData d, String subjectId, Side addedBy, AssetStatus status, Instant now) {
    Asset a = new Asset();
    a.id = UUID.randomUUID().toString();
    a.position = position;
    a.kind = d.kind();
    a.description = d.description();
    a.subjectId = subjectId;
    a.iban = d.iban();
    a.accountNumber = d.accountNumber();
    a.bic = d.bic();
    a.institution = d.institution();
    a.registryReference = d.registryReference();
    a.virtualAddress = d.virtualAddress();
    a.virtualNetwork = d.virtualNetwork();
    a.country = d.country();
    a.estimatedValue = d.estimatedValue();
    a.currency = d.currency();
    a.addedBySide = addedBy;
    a.status = status;
    a.statusChangedAt = now;
    a.executingAuthority = "";
    return a;
  }

  /** The asset's content as drafted, with the holder as a position among {@code subjects}. */
  AssetData data(java.util.List<Subject> subjects) {
    Integer holder = null;
    for (Subject s : subjects) {
      if (s.id().equals(subjectId)) {
        holder = s.position();
      }
    }
    return new AssetData(kind, description, holder, iban, accountNumber, bic, institution, registryReference, virtualAddress,
        virtualNetwork, country, estimatedValue, currency);
  }

  /** Applies a checked report: the asset's current status, and what was executed by whom. */
  void apply(AssetEvent e) {
    status = e.status();
    statusChangedAt = e.recordedAt();
    if (e.value() != null) {
      executedValue = e.value();
      executedCurrency = e.currency();
    }
    if (!e.executingAuthority().isEmpty()) {
      executingAuthority = e.executingAuthority();
    }
  }

  public String id() {
    return id;
  }

  public int position() {
    return position;
  }

  public AssetKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public String subjectId() {
    return subjectId;
  }

  public String iban() {
    return iban;
  }

  public String accountNumber() {
    return accountNumber;
  }

  public String bic() {
    return bic;
  }

  public String institution() {
    return institution;
  }

  public String registryReference() {
    return registryReference;
  }

  public String virtualAddress() {
    return virtualAddress;
  }

  public String virtualNetwork() {
    return virtualNetwork;
  }

  public String country() {
    return country;
  }

  public BigDecimal estimatedValue() {
    return estimatedValue;
  }

  public String currency() {
    return currency;
  }

  public Side addedBySide() {
    return addedBySide;
  }

  public AssetStatus status() {
    return status;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  public BigDecimal executedValue() {
    return executedValue;
  }

  public String executedCurrency() {
    return executedCurrency;
  }

  public String executingAuthority() {
    return executingAuthority;
  }
}
