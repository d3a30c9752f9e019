package icc.platform.web.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Evidence that a user of an organisation read a thread or downloaded a document (issue 6:
 * receipts, "the platform's equivalent of signed delivery evidence"), shown to the originator. Also
 * in the audit log, where it is tamper-evident.
 */
@Entity
@Table(name = "exchange_receipt")
public class Receipt {

  /** What was received. */
  public enum Kind {
    READ,
    DOWNLOAD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "thread_id", nullable = false, length = ExchangeId.LENGTH)
  private String threadId;

  @Column(name = "document_id", length = ExchangeId.LENGTH)
  private String documentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private Kind kind;

  @Column(name = "organisation_code", nullable = false, length = 16)
  private String organisationCode;

  @Column(name = "username", nullable = false, length = 255)
  private String username;

  @Column(name = "at", nullable = false)
  private Instant at;

  protected Receipt() {
    // for JPA
  }

  public Receipt(String threadId, String documentId, Kind kind, Viewer by, Instant at) {
    this.threadId = threadId;
    this.documentId = documentId;
    this.kind = kind;
    this.organisationCode = by.organisationCode();
    this.username = by.username();
    this.at = at;
  }

  public String threadId() {
    return threadId;
  }

  public String documentId() {
    return documentId;
  }

  public Kind kind() {
    return kind;
  }

  public String organisationCode() {
    return organisationCode;
  }

  public String username() {
    return username;
  }

  public Instant at() {
    return at;
  }
}
