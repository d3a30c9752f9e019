package icc.platform.web.exchange.application;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.envelope.KeyEnvelope;
import icc.platform.crypto.envelope.SealedDocument;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.exchange.domain.Classification;
import icc.platform.web.exchange.domain.ConsentRequest;
import icc.platform.web.exchange.domain.ExchangeDocument;
import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.exchange.domain.ExchangeId;
import icc.platform.web.exchange.domain.ExchangeMessage;
import icc.platform.web.exchange.domain.ExchangeRepository;
import icc.platform.web.exchange.domain.ExchangeRepository.InboxFilter;
import icc.platform.web.exchange.domain.ExchangeThread;
import icc.platform.web.exchange.domain.FileName;
import icc.platform.web.exchange.domain.HandlingCode;
import icc.platform.web.exchange.domain.HandlingRules;
import icc.platform.web.exchange.domain.Notice;
import icc.platform.web.exchange.domain.Receipt;
import icc.platform.web.exchange.domain.ThreadAccess;
import icc.platform.web.exchange.domain.ThreadAccess.Level;
import icc.platform.web.exchange.domain.ThreadKind;
import icc.platform.web.exchange.domain.Viewer;
import icc.platform.web.keys.application.OrganisationKeyService;
import icc.platform.web.keys.domain.PlatformKeys;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exchange use cases that change or read threads, each one transaction with its audit event
 * (DESIGN.md section 5). Every method first refuses roles that never see content (403), then looks
 * the thread up only among those the caller may see (404 otherwise).
 */
@ApplicationScoped
public class ThreadService {

  public static final int INBOX_LIMIT = 200;

  @Inject ExchangeRepository repository;
  @Inject OrganisationRepository organisations;
  @Inject OrganisationKeyService keys;
  @Inject PlatformKeys platform;
  @Inject ExchangeAudit audit;
  @Inject ExchangeNotifications notifications;
  @Inject MessageSignatures signatures;

  /** What opening a thread needs. */
  public record OpenThread(
      ThreadKind kind, String subject, Classification classification, HandlingCode handlingCode,
      String handlingConditions, List<String> participants, Notice notice, String firstMessage) {}

  /** A thread as a participant sees it. */
  public record ThreadDetails(
      ExchangeThread thread, Level access, List<ExchangeMessage> messages, List<ExchangeDocument> documents,
      List<ConsentRequest> consents, Map<String, MessageSignatures.Check> signatures) {

    /** The signature check of one of {@link #messages}, done when the thread was read. */
    public MessageSignatures.Check signatureOf(ExchangeMessage m) {
      MessageSignatures.Check c = signatures.get(m.id().value());
      return c != null ? c : MessageSignatures.Check.failed("not verified");
    }
  }

  /** An inbox line: the thread and whether something happened since this user last opened it. */
  public record InboxEntry(ExchangeThread thread, boolean unread) {}

  @Transactional
  public ExchangeThread open(Requester r, OpenThread command) {
    Viewer v = r.viewer();
    ThreadAccess.requireContentRole(v);
    List<String> others = new ArrayList<>();
    for (String code : command.participants() == null ? List.<String>of() : command.participants()) {
      others.add(registered("participants", code));
    }
    Instant now = Instant.now();
    ExchangeThread t = ExchangeThread.open(v, command.kind(), command.subject(), command.classification(),
        command.handlingCode(), command.handlingConditions(), command.notice(), others, now);
    repository.add(t);
    audit.success(r, AuditAction.EXCHANGE_THREAD_OPEN, "thread", t.id().value(), null, Map.of(
        "kind", t.kind().name(), "handlingCode", t.handlingCode().name(),
        "classification", t.classification().name(), "participants", String.join(",", t.participantCodes())));
    if (command.firstMessage() != null && !command.firstMessage().isBlank()) {
      post(r, t, command.firstMessage(), now);
    } else {
      notifications.activity(t, v);
    }
    return t;
  }

  @Transactional
  public List<InboxEntry> inbox(Requester r, InboxFilter filter) {
    Viewer v = r.viewer();
    ThreadAccess.requireContentRole(v);
    List<ExchangeThread> threads = repository.visibleTo(v, filter, INBOX_LIMIT);
    Map<String, Instant> lastReads = repository.lastReads(v, threads.stream().map(t -> t.id().value()).toList());
    audit.success(r, AuditAction.EXCHANGE_INBOX_READ, null, null, null, Map.of("returned", threads.size()));
    return threads.stream()
        .map(t -> new InboxEntry(t, !lastReads.containsKey(t.id().value()) || lastReads.get(t.id().value()).isBefore(t.lastActivityAt())))
        .toList();
  }

  /** Opens a thread: records the read receipt and the audit event. */
  @Transactional
  public ThreadDetails read(Requester r, ExchangeId id) {
    Viewer v = r.viewer();
    ExchangeThread t = visible(v, id);
    Level level = ThreadAccess.require(v, t, Level.READ);
    repository.add(new Receipt(t.id().value(), null, Receipt.Kind.READ, v, Instant.now()));
    List<ExchangeMessage> messages = repository.messages(id);
    // Every message's signature is checked again as it is served: a row changed in the database
    // is flagged (and the read event names it), never shown as signed.
    Map<String, MessageSignatures.Check> checks = new java.util.LinkedHashMap<>();
    messages.forEach(m -> checks.put(m.id().value(), signatures.check(m)));
    List<String> failed = checks.entrySet().stream().filter(e -> !e.getValue().verified()).map(Map.Entry::getKey).toList();
    audit.success(r, AuditAction.EXCHANGE_THREAD_READ, "thread", id.value(), null,
        failed.isEmpty() ? Map.of() : Map.of("messagesFailingVerification", String.join(",", failed)));
    return new ThreadDetails(t, level, messages, repository.documents(id), repository.consents(id), checks);
  }

  @Transactional
  public ExchangeMessage postMessage(Requester r, ExchangeId id, String text) {
    ExchangeThread t = visible(r.viewer(), id);
    return post(r, t, text, Instant.now());
  }

  private ExchangeMessage post(Requester r, ExchangeThread t, String text, Instant now) {
    ExchangeMessage m = ExchangeMessage.write(r.viewer(), t, text, now);
    byte[] digest = sha256(m.signedBytes());
    try {
      m.sign(digest, keys.signer(r.organisationCode()).sign(digest));
    } catch (CryptoException e) {
      throw new IllegalStateException("could not sign the message: " + e.getMessage(), e);
    }
    repository.add(m);
    t.touch(now);
    audit.success(r, AuditAction.EXCHANGE_MESSAGE_POST, "message", m.id().value(), null, Map.of("thread", t.id().value()));
    notifications.activity(t, r.viewer());
    return m;
  }

  /**
   * Adds an organisation. Under H2 (the thread's, or that of H2 material forwarded into it) it
   * needs the originator's granted consent. Every document's data key is wrapped for the new
   * participant in the same transaction (content is never re-encrypted).
   */
  @Transactional
  public ExchangeThread addParticipant(Requester r, ExchangeId id, String organisation) {
    Viewer v = r.viewer();
    ThreadAccess.requireContentRole(v);
    ExchangeThread t = repository.lockThread(id).filter(x -> ThreadAccess.of(v, x) != Level.NONE)
        .orElseThrow(() -> new ExchangeException.NotFound("thread"));
    ThreadAccess.require(v, t, Level.MANAGE);
    String code = registered("organisation", organisation);
    List<ExchangeDocument> documents = repository.documents(id);
    Set<String> consentsUsed = new LinkedHashSet<>();
    for (ExchangeDocument d : documents) {
      if (!d.originThreadId().equals(id.value()) && !d.originOrg().equals(code)) {
        String c = HandlingRules.requirePassOnAllowed(d.handlingCode(), d.originOrg(), d.originThreadId(),
            v.organisationCode(), code, repository.grantedConsent(d.originThreadId(), code));
        if (c != null) {
          consentsUsed.add(c);
        }
      }
    }
    t.addParticipant(v, code, repository.grantedConsent(id.value(), code), Instant.now());
    X509Certificate cert = keys.encryptionCertificate(code);
    for (ExchangeDocument d : documents) {
      d.rewrap(addRecipients(d, List.of(cert)));
    }
    audit.success(r, AuditAction.EXCHANGE_PARTICIPANT_ADD, "thread", id.value(), null, Map.of(
        "organisation", code, "handlingCode", t.handlingCode().name(),
        "consent", t.participants().stream().filter(p -> p.organisationCode().equals(code)).findFirst()
            .map(p -> p.consentId() == null ? "not needed" : p.consentId()).orElse("not needed"),
        "documentsRewrapped", documents.size(),
        "forwardedConsents", String.join(",", consentsUsed)));
    notifications.activity(t, v);
    return t;
  }

  @Transactional
  public ExchangeThread addMember(Requester r, ExchangeId id, String username) {
    Viewer v = r.viewer();
    ThreadAccess.requireContentRole(v);
    ExchangeThread t = repository.lockThread(id).filter(x -> ThreadAccess.of(v, x) != Level.NONE)
        .orElseThrow(() -> new ExchangeException.NotFound("thread"));
    t.addMember(v, username, Instant.now());
    audit.success(r, AuditAction.EXCHANGE_MEMBER_ADD, "thread", id.value(), null, Map.of("member", username.trim()));
    notifications.memberAdded(v.organisationCode(), username.trim());
    return t;
  }

  @Transactional
  public ConsentRequest askConsent(Requester r, ExchangeId id, String organisation, String reason) {
    Viewer v = r.viewer();
    ExchangeThread t = visible(v, id);
    ThreadAccess.require(v, t, Level.MANAGE);
    String code = registered("organisation", organisation);
    ConsentRequest c = ConsentRequest.ask(v, t, code, reason, Instant.now());
    repository.add(c);
    t.touch(c.requestedAt());
    audit.success(r, AuditAction.EXCHANGE_CONSENT_REQUEST, "consent", c.id().value(), null, Map.of(
        "thread", id.value(), "organisation", code, "originator", t.originatorOrg()));
    notifications.activity(t, v);
    return c;
  }

  @Transactional
  public ConsentRequest answerConsent(Requester r, ExchangeId id, ExchangeId consentId, Boolean granted) {
    if (granted == null) {
      throw new ExchangeException.InvalidInput("granted", "required: true (consent) or false (refuse)");
    }
    Viewer v = r.viewer();
    ExchangeThread t = visible(v, id);
    ConsentRequest c = repository.findConsent(id, consentId).orElseThrow(() -> new ExchangeException.NotFound("consent request"));
    c.answer(v, t, granted, Instant.now());
    t.touch(c.answeredAt());
    audit.success(r, AuditAction.EXCHANGE_CONSENT_ANSWER, "consent", c.id().value(), null, Map.of(
        "thread", id.value(), "organisation", c.organisationCode(), "answer", c.status().name()));
    notifications.activity(t, v);
    return c;
  }

  /**
   * Receipts of a thread: the originator organisation sees all of them; another participant sees
   * those of the documents it uploaded.
   */
  @Transactional
  public List<Receipt> receipts(Requester r, ExchangeId id) {
    Viewer v = r.viewer();
    ExchangeThread t = visible(v, id);
    ThreadAccess.require(v, t, Level.READ);
    List<Receipt> all = repository.receipts(id);
    List<Receipt> shown;
    if (t.isOriginator(v.organisationCode())) {
      shown = all;
    } else {
      Set<String> mine = new LinkedHashSet<>();
      repository.documents(id).stream().filter(d -> d.uploaderOrg().equals(v.organisationCode()))
          .forEach(d -> mine.add(d.id().value()));
      shown = all.stream().filter(x -> x.documentId() != null && mine.contains(x.documentId())).toList();
    }
    audit.success(r, AuditAction.EXCHANGE_RECEIPTS_READ, "thread", id.value(), null, Map.of("returned", shown.size()));
    return shown;
  }

  /**
   * Forwards a document into another thread the caller may write to: the data key is wrapped for
   * the target's participants in a new key envelope, the ciphertext is shared. Every organisation
   * the copy reaches that could not already read it needs the consent H2 asks for.
   */
  @Transactional
  public ExchangeDocument forward(Requester r, ExchangeId sourceId, ExchangeId documentId, ExchangeId targetId) {
    Viewer v = r.viewer();
    ExchangeThread source = visible(v, sourceId);
    ThreadAccess.require(v, source, Level.WRITE);
    ExchangeDocument d = repository.findDocument(sourceId, documentId).orElseThrow(() -> new ExchangeException.NotFound("document"));
    ExchangeThread target = repository.lockThread(targetId).filter(x -> ThreadAccess.of(v, x) != Level.NONE)
        .orElseThrow(() -> new ExchangeException.NotFound("target thread"));
    if (target.equals(source)) {
      throw new ExchangeException.InvalidInput("thread", "the document is already in this thread");
    }
    for (String org : target.participantCodes()) {
      if (!source.hasParticipant(org) && !d.originOrg().equals(org)) {
        HandlingRules.requirePassOnAllowed(d.handlingCode(), d.originOrg(), d.originThreadId(), v.organisationCode(), org,
            repository.grantedConsent(d.originThreadId(), org));
      }
    }
    byte[] envelope;
    byte[] dataKey = null;
    try {
      dataKey = KeyEnvelope.open(d.keyEnvelope(), keys.encryptionKeys(v.organisationCode()));
      envelope = KeyEnvelope.seal(dataKey, certificates(target.participantCodes()), platform.random());
    } catch (CryptoException e) {
      throw new IllegalStateException("could not re-wrap the document key: " + e.getMessage(), e);
    } finally {
      if (dataKey != null) {
        Arrays.fill(dataKey, (byte) 0);
      }
    }
    Instant now = Instant.now();
    ExchangeDocument copy = d.forwardTo(v, target, envelope, now);
    repository.add(copy);
    target.touch(now);
    audit.success(r, AuditAction.EXCHANGE_DOCUMENT_FORWARD, "document", copy.id().value(), d.sha256Text(), Map.of(
        "from", d.id().value(), "fromThread", sourceId.value(), "toThread", targetId.value(),
        "handlingCode", d.handlingCode().name(), "participants", String.join(",", target.participantCodes())));
    notifications.activity(target, v);
    return copy;
  }

  // --- documents: the transactional steps of DocumentService ---

  /** The participants a new document must be sealed for, after checking the caller may write. */
  @Transactional
  public List<String> prepareUpload(Requester r, ExchangeId id) {
    Viewer v = r.viewer();
    ExchangeThread t = visible(v, id);
    ThreadAccess.require(v, t, Level.WRITE);
    return t.participantCodes();
  }

  /**
   * Makes a sealed, stored document visible: its row and audit event commit together. If an
   * organisation joined while the upload ran, the data key is wrapped for it as well, so the
   * document is always readable by exactly the participants at commit.
   */
  @Transactional
  public ExchangeDocument commitUpload(Requester r, ExchangeId id, ExchangeId documentId, FileName name, String mediaType,
      SealedDocument sealed, Collection<String> sealedFor, String storageKey) {
    Viewer v = r.viewer();
    ExchangeThread t = repository.lockThread(id).filter(x -> ThreadAccess.of(v, x) != Level.NONE)
        .orElseThrow(() -> new ExchangeException.NotFound("thread"));
    ThreadAccess.require(v, t, Level.WRITE);
    byte[] envelope = sealed.keyEnvelope();
    List<String> joined = t.participantCodes().stream().filter(c -> !sealedFor.contains(c)).toList();
    if (!joined.isEmpty()) {
      try {
        envelope = KeyEnvelope.addRecipients(envelope, keys.encryptionKeys(v.organisationCode()), certificates(joined), platform.random());
      } catch (CryptoException e) {
        throw new IllegalStateException("could not wrap the key for new participants: " + e.getMessage(), e);
      }
    }
    Instant now = Instant.now();
    ExchangeDocument d = ExchangeDocument.uploaded(documentId, v, t, name, mediaType, sealed.plaintextLength(),
        sealed.plaintextSha256(), envelope, sealed.signature(), storageKey, now);
    repository.add(d);
    t.touch(now);
    audit.success(r, AuditAction.EXCHANGE_DOCUMENT_UPLOAD, "document", d.id().value(), d.sha256Text(), Map.of(
        "thread", id.value(), "length", d.length(), "handlingCode", d.handlingCode().name(),
        "recipients", String.join(",", t.participantCodes())));
    notifications.activity(t, v);
    return d;
  }

  /** The document's row, after checking the caller may read the thread. */
  @Transactional
  public ExchangeDocument document(Requester r, ExchangeId id, ExchangeId documentId) {
    Viewer v = r.viewer();
    ExchangeThread t = visible(v, id);
    ThreadAccess.require(v, t, Level.READ);
    return repository.findDocument(id, documentId).orElseThrow(() -> new ExchangeException.NotFound("document"));
  }

  /** Records that the document was served (receipt and audit), once it is known to be good. */
  @Transactional
  public void recordDownload(Requester r, ExchangeDocument d, String form) {
    Viewer v = r.viewer();
    ExchangeThread t = visible(v, new ExchangeId(d.threadId()));
    ThreadAccess.require(v, t, Level.READ);
    repository.add(new Receipt(d.threadId(), d.id().value(), Receipt.Kind.DOWNLOAD, v, Instant.now()));
    audit.success(r, AuditAction.EXCHANGE_DOCUMENT_DOWNLOAD, "document", d.id().value(), d.sha256Text(), Map.of(
        "thread", d.threadId(), "form", form, "handlingCode", d.handlingCode().name()));
  }

  // --- helpers ---

  private ExchangeThread visible(Viewer v, ExchangeId id) {
    ThreadAccess.requireContentRole(v);
    return repository.findThread(id).filter(t -> ThreadAccess.of(v, t) != Level.NONE)
        .orElseThrow(() -> new ExchangeException.NotFound("thread"));
  }

  /** A registered, active organisation that can take part in exchanges (not the operators). */
  private String registered(String field, String text) {
    OrganisationCode code;
    try {
      code = OrganisationCode.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ExchangeException.InvalidInput(field, "'" + abbreviate(text) + "' is not an organisation code such as NL or COURT");
    }
    Organisation o = organisations.findByCode(code)
        .filter(Organisation::isActive)
        .filter(x -> x.kind() != OrganisationKind.PLATFORM_OPERATOR)
        .orElseThrow(() -> new ExchangeException.InvalidInput(field, code.value() + " is not an active organisation of the platform"));
    return o.code().value();
  }

  private List<X509Certificate> certificates(Collection<String> codes) {
    return codes.stream().map(keys::encryptionCertificate).toList();
  }

  private byte[] addRecipients(ExchangeDocument d, List<X509Certificate> certs) {
    try {
      return KeyEnvelope.addRecipients(d.keyEnvelope(), keys.encryptionKeys(d.uploaderOrg()), certs, platform.random());
    } catch (CryptoException e) {
      throw new IllegalStateException("could not wrap document " + d.id() + " for a new participant: " + e.getMessage(), e);
    }
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
