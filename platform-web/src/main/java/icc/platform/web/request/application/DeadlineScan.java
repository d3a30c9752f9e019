package icc.platform.web.request.application;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.request.domain.CooperationRequest;
import icc.platform.web.request.domain.RequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deadline timer's work (DESIGN.md section 6: "A missed deadline forces reasons and a new
 * estimate"): requests due within {@link CooperationRequest#REMINDER_DAYS} days get one reminder;
 * requests past their due date (the deadline, or the new estimate after a missed one) are flagged
 * overdue, which makes EXPLAIN_DELAY owed by the requested State. Each request is re-checked under
 * its row lock, so the timer firing on every node of a cluster flags and reminds once.
 */
@ApplicationScoped
public class DeadlineScan {

  /** The timer acts for the platform; its events name it. */
  static final Actor TIMER = new Actor(null, "deadline-timer", "platform:deadline-timer", "PLATFORM", List.of(), null);

  @Inject RequestRepository requests;
  @Inject AuditTrail trail;
  @Inject ReminderNotifier notifier;

  /** What one run did: request ids reminded and flagged overdue. */
  public record Result(List<String> reminded, List<String> flagged) {}

  /** Runs the scan as of {@code now} (the timer passes the clock's instant; tests their own). */
  @Transactional
  public Result run(Instant now) {
    LocalDate today = RequestClock.today(now);
    List<String> reminded = new ArrayList<>();
    List<String> flagged = new ArrayList<>();
    for (CooperationRequest candidate : requests.pendingDueBy(today.plusDays(CooperationRequest.REMINDER_DAYS))) {
      Optional<CooperationRequest> locked = requests.lock(candidate.id());
      if (locked.isEmpty()) {
        continue;
      }
      CooperationRequest r = locked.get();
      if (r.dueForOverdueFlag(today)) {
        r.flagOverdue(now);
        record(AuditAction.REQUEST_DEADLINE_OVERDUE, r, now);
        notifier.overdue(r);
        flagged.add(r.id());
      } else if (r.dueForReminder(today)) {
        r.markReminded(now);
        record(AuditAction.REQUEST_DEADLINE_REMINDER, r, now);
        notifier.approaching(r);
        reminded.add(r.id());
      }
    }
    return new Result(reminded, flagged);
  }

  private void record(AuditAction action, CooperationRequest r, Instant now) {
    trail.record(AuditEvent.of(action, AuditOutcome.SUCCESS, TIMER)
        .about(new AuditObject("request", r.id()))
        .detail("requesting", r.requestingOrg())
        .detail("requested", r.requestedOrg())
        .detail("due", r.dueDate().map(LocalDate::toString).orElse("-"))
        .detail("asOf", now.toString())
        .build());
  }
}
