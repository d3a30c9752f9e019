package icc.platform.web.exchange.web;

import icc.platform.web.exchange.application.ThreadService;
import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.exchange.domain.ExchangeRepository.InboxFilter;
import icc.platform.web.exchange.domain.HandlingCode;
import icc.platform.web.exchange.domain.ThreadAccess;
import icc.platform.web.exchange.domain.ThreadKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The inbox page: the threads the signed-in person may see, with filters from the query string. */
@Named
@RequestScoped
public class InboxView {

  @Inject ThreadService threads;
  @Inject HttpServletRequest request;

  private String kind;
  private String handlingCode;
  private String organisation;
  private String from;
  private String to;
  private List<ThreadService.InboxEntry> entries;
  private String problem;

  public List<ThreadService.InboxEntry> getEntries() {
    if (entries == null) {
      try {
        entries = threads.inbox(WebRequester.of(request), new InboxFilter(
            parse(ThreadKind.class, kind), parse(HandlingCode.class, handlingCode),
            organisation == null || organisation.isBlank() ? null : organisation.trim().toUpperCase(java.util.Locale.ROOT),
            day("from", from), day("to", to)));
      } catch (ExchangeException e) {
        problem = ExchangeTexts.refusal(e);
        entries = List.of();
      }
    }
    return entries;
  }

  public long getUnreadCount() {
    return getEntries().stream().filter(ThreadService.InboxEntry::unread).count();
  }

  public boolean isMayOpen() {
    return ThreadAccess.mayOpenThreads(WebRequester.of(request).viewer());
  }

  public boolean isMaySee() {
    return ThreadAccess.CONTENT_ROLES.stream().anyMatch(WebRequester.of(request).caller()::hasRole);
  }

  public String getProblem() {
    return problem;
  }

  public HandlingCode[] getHandlingCodes() {
    return HandlingCode.values();
  }

  public ThreadKind[] getKinds() {
    return ThreadKind.values();
  }

  /** A day from an HTML date input (yyyy-mm-dd); anything else is refused with the field named. */
  private static java.time.LocalDate day(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new ExchangeException.InvalidInput(field, "a date such as 2026-01-31");
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getHandlingCode() {
    return handlingCode;
  }

  public void setHandlingCode(String handlingCode) {
    this.handlingCode = handlingCode;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
