package icc.platform.web.exchange.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Threads and what they contain. The read methods that take a {@link Viewer} apply the access
 * rules in the query itself, so a list can never contain a thread the viewer may not see.
 */
public interface ExchangeRepository {

  /**
   * Inbox filters; null means "any". {@code activeFrom} and {@code activeTo} are days (UTC,
   * both included) on which the thread's last activity falls.
   */
  record InboxFilter(ThreadKind kind, HandlingCode handlingCode, String organisationCode, LocalDate activeFrom, LocalDate activeTo) {
    public static final InboxFilter ALL = new InboxFilter(null, null, null);

    public InboxFilter {
      if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
        throw new ExchangeException.InvalidInput("to", "must not be before from (" + activeFrom + ")");
      }
    }

    public InboxFilter(ThreadKind kind, HandlingCode handlingCode, String organisationCode) {
      this(kind, handlingCode, organisationCode, null, null);
    }
  }

  /** The threads the viewer may see, most recent activity first. */
  List<ExchangeThread> visibleTo(Viewer viewer, InboxFilter filter, int limit);

  Optional<ExchangeThread> findThread(ExchangeId id);

  /** The thread, with its row locked until the transaction ends (participant changes, commits of uploads). */
  Optional<ExchangeThread> lockThread(ExchangeId id);

  /** When this user last opened each of these threads (threads never opened are absent). */
  java.util.Map<String, java.time.Instant> lastReads(Viewer viewer, List<String> threadIds);

  List<ExchangeMessage> messages(ExchangeId threadId);

  List<ExchangeDocument> documents(ExchangeId threadId);

  Optional<ExchangeDocument> findDocument(ExchangeId threadId, ExchangeId documentId);

  List<ConsentRequest> consents(ExchangeId threadId);

  Optional<ConsentRequest> findConsent(ExchangeId threadId, ExchangeId consentId);

  /** A granted consent to pass material of {@code threadId} on to {@code organisationCode}, if any. */
  Optional<ConsentRequest> grantedConsent(String threadId, String organisationCode);

  List<Receipt> receipts(ExchangeId threadId);

  /** Whether any document row refers to this stored file. */
  boolean isStored(String storageKey);

  void add(Object entity);
}
