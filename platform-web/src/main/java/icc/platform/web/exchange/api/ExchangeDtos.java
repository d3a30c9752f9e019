package icc.platform.web.exchange.api;

import icc.platform.web.exchange.application.MessageSignatures;
import icc.platform.web.exchange.application.ThreadService;
import icc.platform.web.exchange.domain.Classification;
import icc.platform.web.exchange.domain.ConsentRequest;
import icc.platform.web.exchange.domain.ExchangeDocument;
import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.exchange.domain.ExchangeMessage;
import icc.platform.web.exchange.domain.ExchangeThread;
import icc.platform.web.exchange.domain.HandlingCode;
import icc.platform.web.exchange.domain.Notice;
import icc.platform.web.exchange.domain.NoticeType;
import icc.platform.web.exchange.domain.Receipt;
import icc.platform.web.exchange.domain.ThreadKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The exchange API's request and answer bodies, and the one place entities become JSON. */
public final class ExchangeDtos {

  private ExchangeDtos() {}

  // --- requests (public fields: read with JSON-B by ExchangeResource) ---

  /** POST /threads. */
  public static class NewThread {
    public String kind;
    public String subject;
    public String classification;
    public String handlingCode;
    public String handlingConditions;
    public List<String> participants;
    public NewNotice notice;
    public String message;

    ThreadService.OpenThread command() {
      ThreadKind k = parse(ThreadKind.class, "kind", kind);
      return new ThreadService.OpenThread(
          k, subject,
          parse(Classification.class, "classification", classification),
          parse(HandlingCode.class, "handlingCode", handlingCode),
          handlingConditions, participants,
          notice == null ? null : notice.toNotice(), message);
    }
  }

  /** The structured part of a NOTICE. */
  public static class NewNotice {
    public String type;
    public String personReference;
    public String from;
    public String to;
    public String places;
    public String source;

    Notice toNotice() {
      return Notice.of(parse(NoticeType.class, "notice.type", type), personReference,
          date("notice.from", from), date("notice.to", to), places, source);
    }
  }

  public static class NewMessage {
    public String text;
  }

  public static class NewParticipant {
    public String organisation;
  }

  public static class NewMember {
    public String username;
  }

  public static class NewConsentRequest {
    public String organisation;
    public String reason;
  }

  public static class ConsentAnswer {
    public Boolean granted;
  }

  public static class ForwardTo {
    public String thread;
  }

  // --- answers ---

  public record ThreadSummary(
      String id, String kind, String subject, String classification, String handlingCode, String originator,
      List<String> participants, String lastActivityAt, boolean unread) {}

  public record ParticipantView(String organisation, String addedAt, String addedBy, String consent) {}

  public record MemberView(String organisation, String username, String addedAt, String addedBy) {}

  public record NoticeView(String type, String personReference, String from, String to, String places, String source) {}

  /**
   * A message. {@code signed} is true only if the signature was verified again as it was served
   * ({@code signature}: {@code verified} or {@code failed}, then {@code signatureProblem} says why).
   */
  public record MessageView(String id, String senderOrganisation, String sender, String sentAt, String text, String sha256,
      boolean signed, String signature, String signatureProblem) {}

  public record DocumentView(
      String id, String threadId, String fileName, String mediaType, long length, String sha256, String uploaderOrganisation,
      String uploadedBy, String uploadedAt, String handlingCode, String handlingNotice, String originOrganisation,
      String forwardedFrom) {}

  public record ConsentView(
      String id, String organisation, String reason, String requestedByOrganisation, String requestedBy, String requestedAt,
      String status, String answeredBy, String answeredAt) {}

  public record ThreadView(
      String id, String kind, String subject, String classification, String handlingCode, String handlingMeaning,
      String handlingConditions, String originator, String originatorUsername, String createdAt, String access,
      List<ParticipantView> participants, List<MemberView> members, NoticeView notice, List<MessageView> messages,
      List<DocumentView> documents, List<ConsentView> consents) {}

  public record ReceiptView(String organisation, String username, String kind, String documentId, String at) {}

  public record ReceiptList(String threadId, List<ReceiptView> receipts) {}

  // --- mapping ---

  static ThreadSummary summary(ThreadService.InboxEntry e) {
    ExchangeThread t = e.thread();
    return new ThreadSummary(t.id().value(), t.kind().name(), t.subject(), t.classification().name(),
        t.handlingCode().name(), t.originatorOrg(), t.participantCodes(), t.lastActivityAt().toString(), e.unread());
  }

  static ThreadView view(ThreadService.ThreadDetails d) {
    ExchangeThread t = d.thread();
    return new ThreadView(t.id().value(), t.kind().name(), t.subject(), t.classification().name(), t.handlingCode().name(),
        t.handlingCode().meaning(), t.handlingConditions(), t.originatorOrg(), t.originatorUsername(),
        t.createdAt().toString(), d.access().name(),
        t.participants().stream().map(p -> new ParticipantView(p.organisationCode(), p.addedAt().toString(), p.addedBy(), p.consentId())).toList(),
        t.members().stream().map(m -> new MemberView(m.organisationCode(), m.username(), m.addedAt().toString(), m.addedBy())).toList(),
        t.notice().map(n -> new NoticeView(n.type().name(), n.personReference(), n.from().toString(),
            n.to() == null ? null : n.to().toString(), n.places(), n.source())).orElse(null),
        d.messages().stream().map(m -> message(m, d.signatureOf(m))).toList(),
        d.documents().stream().map(ExchangeDtos::document).toList(),
        d.consents().stream().map(ExchangeDtos::consent).toList());
  }

  static MessageView message(ExchangeMessage m, MessageSignatures.Check check) {
    return new MessageView(m.id().value(), m.senderOrg(), m.senderUsername(), m.sentAt().toString(), m.body(),
        HexFormat.of().formatHex(m.bodySha256()), check.verified(), check.status(), check.problem());
  }

  static DocumentView document(ExchangeDocument d) {
    return new DocumentView(d.id().value(), d.threadId(), d.fileName(), d.mediaType(), d.length(),
        HexFormat.of().formatHex(d.sha256()), d.uploaderOrg(), d.uploaderUsername(), d.uploadedAt().toString(),
        d.handlingCode().name(), d.handlingCode().meaning(), d.originOrg(), d.forwardedFrom());
  }

  static ConsentView consent(ConsentRequest c) {
    return new ConsentView(c.id().value(), c.organisationCode(), c.reason(), c.requestedByOrg(), c.requestedBy(),
        c.requestedAt().toString(), c.status().name(), c.answeredBy(), c.answeredAt() == null ? null : c.answeredAt().toString());
  }

  static ReceiptView receipt(Receipt r) {
    return new ReceiptView(r.organisationCode(), r.username(), r.kind().name(), r.documentId(), r.at().toString());
  }

  /** An enum constant by name, any letter case, or 400 listing the accepted values. */
  public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ExchangeException.InvalidInput(field, "one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ExchangeException.InvalidInput(field, "a date as yyyy-mm-dd");
    }
  }
}
