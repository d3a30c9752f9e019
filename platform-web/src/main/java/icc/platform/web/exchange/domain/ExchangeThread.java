package icc.platform.web.exchange.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A thread: the unit of exchange between two or more organisations (DESIGN.md section 6). The
 * originator chooses kind, subject, classification and handling code when opening it; they never
 * change afterwards. Participants can only be added, never removed: what an organisation could
 * read cannot be recalled (DESIGN.md section 4), so the thread's history stays true.
 */
@Entity
@Table(name = "exchange_thread")
public class ExchangeThread {

  public static final int SUBJECT_MAX = 200;
  public static final int CONDITIONS_MAX = 2000;
  public static final int USERNAME_MAX = 255;
  public static final int MAX_PARTICIPANTS = 50;
  /** The Court's registry code: NOTICE threads go to the Court by default. */
  public static final String COURT = "COURT";

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,255}");

  @Id
  @Column(name = "id", length = ExchangeId.LENGTH)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24)
  private ThreadKind kind;

  @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "classification", nullable = false, length = 16)
  private Classification classification;

  @Enumerated(EnumType.STRING)
  @Column(name = "handling_code", nullable = false, length = 2)
  private HandlingCode handlingCode;

  @Column(name = "handling_conditions", length = CONDITIONS_MAX)
  private String handlingConditions;

  @Column(name = "originator_org", nullable = false, length = 16)
  private String originatorOrg;

  @Column(name = "originator_username", nullable = false, length = USERNAME_MAX)
  private String originatorUsername;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Embedded private Notice notice;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "exchange_participant", joinColumns = @JoinColumn(name = "thread_id"))
  private Set<Participant> participants = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "exchange_member", joinColumns = @JoinColumn(name = "thread_id"))
  private Set<Member> members = new LinkedHashSet<>();

  protected ExchangeThread() {
    // for JPA
  }

  /**
   * Opens a thread. The originator's organisation always takes part; {@code others} are the
   * other participants (at least one; a NOTICE goes to the Court when none is named). Checks
   * every rule of the handling code: H3 needs its conditions, the others must not have any.
   *
   * @param others registry codes, already known to exist and be active
   */
  public static ExchangeThread open(
      Viewer by,
      ThreadKind kind,
      String subject,
      Classification classification,
      HandlingCode handlingCode,
      String handlingConditions,
      Notice notice,
      Collection<String> others,
      Instant now) {
    if (!ThreadAccess.mayOpenThreads(by)) {
      throw new ExchangeException.Forbidden("Only a focal point or a Court requester may open a thread");
    }
    if (kind == null) {
      throw new ExchangeException.InvalidInput("kind", "required: DISCUSSION or NOTICE");
    }
    if (kind == ThreadKind.COOPERATION_REQUEST) {
      throw new ExchangeException.InvalidInput("kind", "a cooperation request is made with POST /api/v1/requests, which gives it"
          + " its type, subjects, assets and lifecycle (docs/requests.md)");
    }
    if (classification == null) {
      throw new ExchangeException.InvalidInput("classification", "required: UNCLASSIFIED, RESTRICTED or CONFIDENTIAL");
    }
    if (handlingCode == null) {
      throw new ExchangeException.InvalidInput("handlingCode", "required: H0, H1, H2 or H3");
    }
    String conditions = Texts.optional("handlingConditions", handlingConditions, CONDITIONS_MAX);
    if (handlingCode.requiresConditions() && conditions == null) {
      throw new ExchangeException.InvalidInput("handlingConditions", "required with handling code H3: state the conditions");
    }
    if (!handlingCode.requiresConditions() && conditions != null) {
      throw new ExchangeException.InvalidInput("handlingConditions", "only handling code H3 takes conditions in text");
    }
    if (kind == ThreadKind.NOTICE && notice == null) {
      throw new ExchangeException.InvalidInput("notice", "required for a NOTICE thread");
    }
    if (kind != ThreadKind.NOTICE && notice != null) {
      throw new ExchangeException.InvalidInput("notice", "only a NOTICE thread has notice details");
    }
    Set<String> codes = new LinkedHashSet<>(others == null ? List.of() : others);
    codes.remove(by.organisationCode());
    if (codes.isEmpty() && kind == ThreadKind.NOTICE && !COURT.equals(by.organisationCode())) {
      codes.add(COURT);
    }
    if (codes.isEmpty()) {
      throw new ExchangeException.InvalidInput("participants", "name at least one other organisation");
    }
    if (codes.size() + 1 > MAX_PARTICIPANTS) {
      throw new ExchangeException.InvalidInput("participants", "at most " + MAX_PARTICIPANTS + " organisations");
    }
    ExchangeThread t = new ExchangeThread();
    t.id = ExchangeId.random().value();
    t.kind = kind;
    t.subject = Texts.required("subject", subject, SUBJECT_MAX);
    t.classification = classification;
    t.handlingCode = handlingCode;
    t.handlingConditions = conditions;
    t.notice = notice;
    t.originatorOrg = by.organisationCode();
    t.originatorUsername = by.username();
    t.createdAt = now;
    t.lastActivityAt = now;
    t.participants.add(new Participant(by.organisationCode(), now, by.username(), null));
    for (String code : codes) {
      t.participants.add(new Participant(code, now, by.username(), null));
    }
    return t;
  }

  /**
   * The thread a cooperation request lives in (issue 7): kind COOPERATION_REQUEST, opened by the
   * requesting organisation with itself as the only participant. The requested organisation is
   * added when the request is submitted, so that it never sees a draft (docs/requests.md).
   */
  public static ExchangeThread openForRequest(Viewer by, String subject, Classification classification, HandlingCode handlingCode,
      String handlingConditions, Instant now) {
    if (!ThreadAccess.mayOpenThreads(by)) {
      throw new ExchangeException.Forbidden("Only a focal point or a Court requester may open a thread");
    }
    String conditions = Texts.optional("handlingConditions", handlingConditions, CONDITIONS_MAX);
    if (handlingCode.requiresConditions() && conditions == null) {
      throw new ExchangeException.InvalidInput("handlingConditions", "required with handling code H3: state the conditions");
    }
    if (!handlingCode.requiresConditions() && conditions != null) {
      throw new ExchangeException.InvalidInput("handlingConditions", "only handling code H3 takes conditions in text");
    }
    ExchangeThread t = new ExchangeThread();
    t.id = ExchangeId.random().value();
    t.kind = ThreadKind.COOPERATION_REQUEST;
    t.subject = Texts.required("title", subject, SUBJECT_MAX);
    t.classification = classification;
    t.handlingCode = handlingCode;
    t.handlingConditions = conditions;
    t.originatorOrg = by.organisationCode();
    t.originatorUsername = by.username();
    t.createdAt = now;
    t.lastActivityAt = now;
    t.participants.add(new Participant(by.organisationCode(), now, by.username(), null));
    return t;
  }

  /** The requesting side changes the title of a request that is still a draft. */
  public void retitle(String subject) {
    if (kind != ThreadKind.COOPERATION_REQUEST) {
      throw new IllegalStateException("only a request's thread is retitled");
    }
    this.subject = Texts.required("title", subject, SUBJECT_MAX);
  }

  /**
   * Adds an organisation (DESIGN.md section 4: its users can then read everything already in the
   * thread; the caller re-wraps the documents' data keys for it). Under a handling code that
   * needs consent, an organisation other than the originator needs the originator's granted
   * consent for exactly this thread and this organisation.
   */
  public void addParticipant(Viewer by, String organisationCode, Optional<ConsentRequest> consent, Instant now) {
    ThreadAccess.require(by, this, ThreadAccess.Level.MANAGE);
    if (hasParticipant(organisationCode)) {
      throw new ExchangeException.Conflict("already_participant", organisationCode + " already takes part in this thread");
    }
    if (participants.size() >= MAX_PARTICIPANTS) {
      throw new ExchangeException.Conflict("too_many_participants", "A thread has at most " + MAX_PARTICIPANTS + " organisations");
    }
    String consentId = HandlingRules.requirePassOnAllowed(this, by.organisationCode(), organisationCode, consent);
    participants.add(new Participant(organisationCode, now, by.username() + "@" + by.organisationCode(), consentId));
    lastActivityAt = now;
  }

  /** A focal point adds a user of its own organisation (an officer) to this thread. */
  public void addMember(Viewer by, String username, Instant now) {
    ThreadAccess.require(by, this, ThreadAccess.Level.MANAGE);
    if (username == null || !USERNAME.matcher(username.trim()).matches()) {
      throw new ExchangeException.InvalidInput("username", "a user name of your organisation's realm, e.g. officer.nl");
    }
    String normal = username.trim().toLowerCase(Locale.ROOT);
    if (!members.add(new Member(by.organisationCode(), normal, now, by.username()))) {
      throw new ExchangeException.Conflict("already_member", normal + " is already a member of this thread");
    }
  }

  /** Something new happened (message, document): the thread moves up in inboxes. */
  public void touch(Instant now) {
    if (now.isAfter(lastActivityAt)) {
      lastActivityAt = now;
    }
  }

  public boolean hasParticipant(String organisationCode) {
    return participants.stream().anyMatch(p -> p.organisationCode().equals(organisationCode));
  }

  public boolean hasMember(String organisationCode, String username) {
    String normal = username.toLowerCase(Locale.ROOT);
    return members.stream()
        .anyMatch(m -> m.organisationCode().equals(organisationCode) && m.username().equals(normal));
  }

  public boolean isOriginator(String organisationCode) {
    return originatorOrg.equals(organisationCode);
  }

  public ExchangeId id() {
    return new ExchangeId(id);
  }

  public ThreadKind kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public Classification classification() {
    return classification;
  }

  public HandlingCode handlingCode() {
    return handlingCode;
  }

  public String handlingConditions() {
    return handlingConditions;
  }

  public String originatorOrg() {
    return originatorOrg;
  }

  public String originatorUsername() {
    return originatorUsername;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public Optional<Notice> notice() {
    return Optional.ofNullable(notice);
  }

  /** The originator first, then the others in the order they joined (same time: by code). */
  public List<Participant> participants() {
    return participants.stream()
        .sorted(Comparator.comparing((Participant p) -> !p.organisationCode().equals(originatorOrg))
            .thenComparing(Participant::addedAt)
            .thenComparing(Participant::organisationCode))
        .toList();
  }

  public List<String> participantCodes() {
    return participants().stream().map(Participant::organisationCode).toList();
  }

  public List<Member> members() {
    return members.stream().sorted(Comparator.comparing(Member::addedAt).thenComparing(Member::username)).toList();
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExchangeThread t && Objects.equals(id, t.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
