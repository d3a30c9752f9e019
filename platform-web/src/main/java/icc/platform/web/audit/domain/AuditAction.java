package icc.platform.web.audit.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What was done or attempted, as a dotted lower-case name ({@code auth.web-login}, {@code
 * audit.entries.read}). A closed vocabulary of constants keeps events comparable over the years;
 * features add their own names here.
 */
public record AuditAction(String name) {

  public static final int MAX_LENGTH = 64;
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  /** A person logged in to the web application (outcome success or failure). */
  public static final AuditAction WEB_LOGIN = new AuditAction("auth.web-login");
  /** A person logged out of the web application. */
  public static final AuditAction WEB_LOGOUT = new AuditAction("auth.web-logout");
  /** An API operation was called; recorded when the call was refused (401, 403, 404). */
  public static final AuditAction API_CALL = new AuditAction("api.call");
  /** Audit events were read through the API. */
  public static final AuditAction AUDIT_ENTRIES_READ = new AuditAction("audit.entries.read");
  /** An audit export was downloaded. */
  public static final AuditAction AUDIT_EXPORT = new AuditAction("audit.export");
  /** An auditor asked the platform to sign a checkpoint now. */
  public static final AuditAction AUDIT_CHECKPOINT_SIGN = new AuditAction("audit.checkpoint.sign");

  /** A platform administrator onboarded a new State (realm, registry entry, first administrator). */
  public static final AuditAction ORGANISATION_ONBOARD = new AuditAction("organisation.onboard");
  /** A platform administrator suspended an organisation's access. */
  public static final AuditAction ORGANISATION_SUSPEND = new AuditAction("organisation.suspend");
  /** A platform administrator gave a suspended organisation its access back. */
  public static final AuditAction ORGANISATION_REINSTATE = new AuditAction("organisation.reinstate");

  /** An organisation's administrator created an account in its realm. */
  public static final AuditAction ACCOUNT_CREATE = new AuditAction("account.create");
  /** An organisation's administrator changed an account's roles. */
  public static final AuditAction ACCOUNT_ROLES = new AuditAction("account.roles");
  /** An organisation's administrator disabled an account. */
  public static final AuditAction ACCOUNT_DISABLE = new AuditAction("account.disable");
  /** An organisation's administrator enabled an account again. */
  public static final AuditAction ACCOUNT_ENABLE = new AuditAction("account.enable");
  /** An organisation's administrator gave an account a new one-time password. */
  public static final AuditAction ACCOUNT_PASSWORD_RESET = new AuditAction("account.password-reset");
  // Notifications (docs/notifications.md).
  /** A user turned notification mails on or off. */
  public static final AuditAction NOTIFICATION_PREFERENCE_CHANGE = new AuditAction("notification.preference.change");
  // Secure exchange (issue 6, docs/exchange.md): every action on content and every access to it.
  /** An organisation opened a thread. */
  public static final AuditAction EXCHANGE_THREAD_OPEN = new AuditAction("exchange.thread.open");
  /** A user listed the threads of the inbox (subjects are content). */
  public static final AuditAction EXCHANGE_INBOX_READ = new AuditAction("exchange.inbox.read");
  /** A user opened a thread (messages, document list). */
  public static final AuditAction EXCHANGE_THREAD_READ = new AuditAction("exchange.thread.read");
  /** An organisation was added to a thread (and the documents' data keys re-wrapped for it). */
  public static final AuditAction EXCHANGE_PARTICIPANT_ADD = new AuditAction("exchange.participant.add");
  /** A focal point added a user of its organisation to a thread. */
  public static final AuditAction EXCHANGE_MEMBER_ADD = new AuditAction("exchange.member.add");
  /** A signed message was posted. */
  public static final AuditAction EXCHANGE_MESSAGE_POST = new AuditAction("exchange.message.post");
  /** A document was uploaded, sealed and stored. */
  public static final AuditAction EXCHANGE_DOCUMENT_UPLOAD = new AuditAction("exchange.document.upload");
  /** A document was served (details.form: plaintext, package, signature or cms), or failed verification. */
  public static final AuditAction EXCHANGE_DOCUMENT_DOWNLOAD = new AuditAction("exchange.document.download");
  /** A document was forwarded into another thread (new key envelope, same ciphertext). */
  public static final AuditAction EXCHANGE_DOCUMENT_FORWARD = new AuditAction("exchange.document.forward");
  /** A participant asked the originator's consent to pass H2 material on. */
  public static final AuditAction EXCHANGE_CONSENT_REQUEST = new AuditAction("exchange.consent.request");
  /** The originator answered a consent request. */
  public static final AuditAction EXCHANGE_CONSENT_ANSWER = new AuditAction("exchange.consent.answer");
  /** The receipts of a thread were read. */
  public static final AuditAction EXCHANGE_RECEIPTS_READ = new AuditAction("exchange.receipts.read");
  /** A focal point exported its organisation's private keys (PKCS#12) for offline use. */
  public static final AuditAction KEYS_ORGANISATION_EXPORT = new AuditAction("keys.organisation.export");
  // --- Library and country profiles (issue 8, docs/library.md) ---
  /** A new library entry was contributed (its version 1 awaits moderation). */
  public static final AuditAction LIBRARY_ENTRY_CONTRIBUTE = new AuditAction("library.entry.contribute");
  /** A new version of a library entry was proposed. */
  public static final AuditAction LIBRARY_VERSION_PROPOSE = new AuditAction("library.version.propose");
  /** A reviewer approved (published) a version. */
  public static final AuditAction LIBRARY_VERSION_APPROVE = new AuditAction("library.version.approve");
  /** A reviewer rejected a version. */
  public static final AuditAction LIBRARY_VERSION_REJECT = new AuditAction("library.version.reject");
  /** The contributor of a pending version withdrew it before moderation. */
  public static final AuditAction LIBRARY_VERSION_WITHDRAW = new AuditAction("library.version.withdraw");
  /** A file was attached to a pending version. */
  public static final AuditAction LIBRARY_ATTACHMENT_ADD = new AuditAction("library.attachment.add");
  /** A library file was downloaded. */
  public static final AuditAction LIBRARY_ATTACHMENT_DOWNLOAD = new AuditAction("library.attachment.download");
  /** An operator asked for the library's search index to be rebuilt from the database. */
  public static final AuditAction LIBRARY_INDEX_REBUILD = new AuditAction("library.index.rebuild");
  /** A State's focal point saved a new version of its country profile. */
  public static final AuditAction PROFILE_UPDATE = new AuditAction("profile.update");
  /** A State's focal point confirmed its country profile as current. */
  public static final AuditAction PROFILE_CONFIRM = new AuditAction("profile.confirm");
  /** The platform reminded a State that its country profile was not confirmed for a year. */
  public static final AuditAction PROFILE_REMINDER = new AuditAction("profile.reminder");
  // --- Cooperation requests (issue 7, docs/requests.md) ---
  /** The requesting side drafted a request (one event per requested organisation). */
  public static final AuditAction REQUEST_DRAFT_CREATE = new AuditAction("request.draft.create");
  /** The requesting side changed a draft. */
  public static final AuditAction REQUEST_DRAFT_UPDATE = new AuditAction("request.draft.update");
  /** A user listed the requests of its organisation (sent or received). */
  public static final AuditAction REQUEST_LIST_READ = new AuditAction("request.list.read");
  /** A user opened a request (structure, timeline, outcomes). */
  public static final AuditAction REQUEST_READ = new AuditAction("request.read");
  /** The completeness check of a draft was run. */
  public static final AuditAction REQUEST_COMPLETENESS_CHECK = new AuditAction("request.completeness.check");
  /** A signed lifecycle step (details.action: SUBMIT, ACKNOWLEDGE, ...), or its refusal (denied). */
  public static final AuditAction REQUEST_TRANSITION = new AuditAction("request.transition");
  /** The requested State reported on an asset (details.status). */
  public static final AuditAction REQUEST_ASSET_REPORT = new AuditAction("request.asset.report");
  /** The requested State added an asset it found during execution. */
  public static final AuditAction REQUEST_ASSET_ADD = new AuditAction("request.asset.add");
  /** The requested State recorded a challenge code. */
  public static final AuditAction REQUEST_CHALLENGE_RECORD = new AuditAction("request.challenge.record");
  /** The deadline timer found a request past its due date (system). */
  public static final AuditAction REQUEST_DEADLINE_OVERDUE = new AuditAction("request.deadline.overdue");
  /** The deadline timer sent the "deadline approaching" reminder (system). */
  public static final AuditAction REQUEST_DEADLINE_REMINDER = new AuditAction("request.deadline.reminder");

  // --- Cooperation statistics (issue 9, docs/statistics.md) ---
  /** Statistics were exported (details.format: csv or pdf; the period and breakdown). */
  public static final AuditAction STATISTICS_EXPORT = new AuditAction("statistics.export");
  /** A State's focal point opted in to share its statistics by name with other States. */
  public static final AuditAction STATISTICS_SHARING_OPT_IN = new AuditAction("statistics.sharing.opt-in");
  /** A State's focal point withdrew its opt-in. */
  public static final AuditAction STATISTICS_SHARING_OPT_OUT = new AuditAction("statistics.sharing.opt-out");

  public AuditAction {
    Objects.requireNonNull(name, "name");
    if (name.length() > MAX_LENGTH || !FORM.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "an audit action is a dotted lower-case name of at most " + MAX_LENGTH
              + " characters, e.g. auth.web-login: " + name);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
