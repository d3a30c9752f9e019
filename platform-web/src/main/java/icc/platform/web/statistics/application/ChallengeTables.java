package icc.platform.web.statistics.application;

import icc.platform.web.statistics.domain.Audience;
import icc.platform.web.statistics.domain.ChallengeRanking;
import icc.platform.web.statistics.domain.ChallengeRow;
import icc.platform.web.statistics.domain.StatisticsFilter;
import icc.platform.web.statistics.domain.StatisticsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The challenge codes recorded in the period, ranked, with their trend per period of the
 * granularity ("highlighting the main challenges", ICC-ASP/18/Res.3 para 36).
 */
@ApplicationScoped
public class ChallengeTables {

  @Inject StatisticsRepository repository;

  public ChallengeRanking build(Audience audience, StatisticsFilter filter) {
    audience.check(filter);
    List<String> periods = periods(filter);
    Map<String, ChallengeRow> rows = new LinkedHashMap<>();
    Map<String, Set<String>> statesPerUnit = new HashMap<>();
    List<StatisticsRepository.Challenges> cells = repository.challenges(filter, audience.units(filter, false));
    for (StatisticsRepository.Challenges c : cells) {
      statesPerUnit.computeIfAbsent(c.unit(), u -> new HashSet<>()).add(c.state());
    }
    for (StatisticsRepository.Challenges c : cells) {
      rows.computeIfAbsent(c.unit() + " " + c.code(),
              k -> new ChallengeRow(c.unit(), c.code(), statesPerUnit.get(c.unit()).size(), periods))
          .add(c.period(), c.count());
    }
    return ChallengeRanking.of(audience, periods, RequestTables.unitOrder(audience), new ArrayList<>(rows.values()));
  }

  /** Every period label of the filter's granularity from {@code from} to {@code to}. */
  static List<String> periods(StatisticsFilter filter) {
    List<String> labels = new ArrayList<>();
    for (LocalDate day = filter.from(); !day.isAfter(filter.to()); day = filter.granularity().endAfter(day)) {
      labels.add(filter.granularity().label(day));
    }
    return labels;
  }
}
