package icc.platform.web.request.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What comes with a lifecycle action.
 *
 * @param reason reasons, clarification question or answer, conditions (required where the law asks)
 * @param date POSTPONE: the expected date; EXPLAIN_DELAY: the new estimate
 * @param challenges DECLINE (at least one) and REPORT_PARTIAL: the challenge codes
 */
public record ActionInput(String reason, LocalDate date, List<ChallengeInput> challenges) {

  public ActionInput {
    challenges = challenges == null ? List.of() : List.copyOf(challenges);
  }
}
