package icc.platform.web.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A document shared in a thread: the index row of a stored, encrypted, signed file (docs/crypto.md
 * formats). The ciphertext lives in the document store under {@link #storageKey()}; the key
 * envelope holds the data key wrapped for exactly the thread's participant organisations. A
 * forwarded document is a new row with its own envelope over the same ciphertext (content never
 * re-encrypted), carrying the handling code and originator of the thread it came from.
 */
@Entity
@Table(name = "exchange_document")
public class ExchangeDocument {

  public static final int MEDIA_TYPE_MAX = 100;

  @Id
  @Column(name = "id", length = ExchangeId.LENGTH)
  private String id;

  @Column(name = "thread_id", nullable = false, length = ExchangeId.LENGTH)
  private String threadId;

  @Column(name = "file_name", nullable = false, length = FileName.MAX_LENGTH)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = MEDIA_TYPE_MAX)
  private String mediaType;

  @Column(name = "length", nullable = false)
  private long length;

  @Column(name = "sha256", nullable = false, length = 32)
  private byte[] sha256;

  @Column(name = "key_envelope", nullable = false)
  private byte[] keyEnvelope;

  @Column(name = "signature", nullable = false)
  private byte[] signature;

  @Column(name = "storage_key", nullable = false, length = 100)
  private String storageKey;

  @Column(name = "uploader_org", nullable = false, length = 16)
  private String uploaderOrg;

  @Column(name = "uploader_username", nullable = false, length = 255)
  private String uploaderUsername;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "handling_code", nullable = false, length = 2)
  private HandlingCode handlingCode;

  @Column(name = "origin_thread_id", nullable = false, length = ExchangeId.LENGTH)
  private String originThreadId;

  @Column(name = "origin_org", nullable = false, length = 16)
  private String originOrg;

  @Column(name = "forwarded_from", length = ExchangeId.LENGTH)
  private String forwardedFrom;

  protected ExchangeDocument() {
    // for JPA
  }

  /** A document uploaded into {@code thread} by {@code by}, after sealing succeeded. */
  public static ExchangeDocument uploaded(
      ExchangeId id, Viewer by, ExchangeThread thread, FileName name, String mediaType, long length,
      byte[] sha256, byte[] keyEnvelope, byte[] signature, String storageKey, Instant now) {
    ThreadAccess.require(by, thread, ThreadAccess.Level.WRITE);
    ExchangeDocument d = new ExchangeDocument();
    d.id = id.value();
    d.threadId = thread.id().value();
    d.fileName = name.value();
    d.mediaType = mediaType;
    d.length = length;
    d.sha256 = sha256.clone();
    d.keyEnvelope = keyEnvelope.clone();
    d.signature = signature.clone();
    d.storageKey = storageKey;
    d.uploaderOrg = by.organisationCode();
    d.uploaderUsername = by.username();
    d.uploadedAt = now;
    d.handlingCode = thread.handlingCode();
    d.originThreadId = thread.id().value();
    d.originOrg = thread.originatorOrg();
    return d;
  }

  /**
   * A copy of this document in {@code target}, with a key envelope for the target's participants.
   * The caller has checked the handling rules ({@link HandlingRules}) for every organisation the
   * copy reaches.
   */
  public ExchangeDocument forwardTo(Viewer by, ExchangeThread target, byte[] newKeyEnvelope, Instant now) {
    ThreadAccess.require(by, target, ThreadAccess.Level.WRITE);
    ExchangeDocument d = new ExchangeDocument();
    d.id = ExchangeId.random().value();
    d.threadId = target.id().value();
    d.fileName = fileName;
    d.mediaType = mediaType;
    d.length = length;
    d.sha256 = sha256.clone();
    d.keyEnvelope = newKeyEnvelope.clone();
    d.signature = signature.clone();
    d.storageKey = storageKey;
    d.uploaderOrg = by.organisationCode();
    d.uploaderUsername = by.username();
    d.uploadedAt = now;
    d.handlingCode = handlingCode;
    d.originThreadId = originThreadId;
    d.originOrg = originOrg;
    d.forwardedFrom = id;
    return d;
  }

  /** The data key is now also wrapped for a new participant (content untouched). */
  public void rewrap(byte[] newKeyEnvelope) {
    this.keyEnvelope = newKeyEnvelope.clone();
  }

  public ExchangeId id() {
    return new ExchangeId(id);
  }

  public String threadId() {
    return threadId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long length() {
    return length;
  }

  public byte[] sha256() {
    return sha256.clone();
  }

  /** {@code sha256:<hex>}, as audit events carry it. */
  public String sha256Text() {
    return "sha256:" + HexFormat.of().formatHex(sha256);
  }

  public byte[] keyEnvelope() {
    return keyEnvelope.clone();
  }

  public byte[] signature() {
    return signature.clone();
  }

  public String storageKey() {
    return storageKey;
  }

  public String uploaderOrg() {
    return uploaderOrg;
  }

  public String uploaderUsername() {
    return uploaderUsername;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public HandlingCode handlingCode() {
    return handlingCode;
  }

  public String originThreadId() {
    return originThreadId;
  }

  public String originOrg() {
    return originOrg;
  }

  public String forwardedFrom() {
    return forwardedFrom;
  }
}
