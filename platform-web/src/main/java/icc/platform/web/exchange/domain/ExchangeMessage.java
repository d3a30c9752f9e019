package icc.platform.web.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A text message in a thread, signed by the sender's organisation key (issue 6). What is signed is
 * {@link #signedBytes}: thread, sender and text bound together, so a signature cannot be moved to
 * another thread or sender.
 */
@Entity
@Table(name = "exchange_message")
public class ExchangeMessage {

  public static final int BODY_MAX = 20_000;

  @Id
  @Column(name = "id", length = ExchangeId.LENGTH)
  private String id;

  @Column(name = "thread_id", nullable = false, length = ExchangeId.LENGTH)
  private String threadId;

  @Column(name = "sender_org", nullable = false, length = 16)
  private String senderOrg;

  @Column(name = "sender_username", nullable = false, length = 255)
  private String senderUsername;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "body", nullable = false, length = BODY_MAX)
  private String body;

  @Column(name = "body_sha256", nullable = false, length = 32)
  private byte[] bodySha256;

  @Column(name = "signature", nullable = false)
  private byte[] signature;

  protected ExchangeMessage() {
    // for JPA
  }

  /** A checked, not yet signed message; {@link #sign} completes it. */
  public static ExchangeMessage write(Viewer by, ExchangeThread thread, String text, Instant now) {
    ThreadAccess.require(by, thread, ThreadAccess.Level.WRITE);
    ExchangeMessage m = new ExchangeMessage();
    m.id = ExchangeId.random().value();
    m.threadId = thread.id().value();
    m.senderOrg = by.organisationCode();
    m.senderUsername = by.username();
    m.sentAt = now;
    m.body = Texts.required("text", text, BODY_MAX);
    return m;
  }

  /**
   * The bytes the organisation signs: UTF-8 of {@code "icc-exchange-message/v1\n" + id + "\n" +
   * threadId + "\n" + senderOrg + "\n" + body}.
   */
  public byte[] signedBytes() {
    return ("icc-exchange-message/v1\n" + id + "\n" + threadId + "\n" + senderOrg + "\n" + body)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Attaches the detached CMS signature over {@link #signedBytes} and their SHA-256. */
  public void sign(byte[] sha256, byte[] cmsSignature) {
    this.bodySha256 = sha256.clone();
    this.signature = cmsSignature.clone();
  }

  public ExchangeId id() {
    return new ExchangeId(id);
  }

  public String threadId() {
    return threadId;
  }

  public String senderOrg() {
    return senderOrg;
  }

  public String senderUsername() {
    return senderUsername;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String body() {
    return body;
  }

  public byte[] bodySha256() {
    return bodySha256.clone();
  }

  public byte[] signature() {
    return signature.clone();
  }
}
