package icc.platform.web.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChallengeRankingTest {

  static ChallengeRow row(String unit, String code, int states, long y2019, long y2020) {
    ChallengeRow r = new ChallengeRow(unit, code, states, List.of("2019", "2020"));
    r.add("2019", y2019);
    r.add("2020", y2020);
    return r;
  }

  @Test
  void rankedByFrequencyWithATotal() {
    ChallengeRanking ranking = ChallengeRanking.of(Audience.court(), List.of("2019", "2020"), List.of(),
        List.of(row("ALL", "CAPACITY", 5, 3, 4), row("ALL", "BANK_SECRECY", 5, 10, 1), row("ALL", "TRANSLATION", 5, 0, 7)));
    assertEquals(List.of("BANK_SECRECY", "CAPACITY", "TRANSLATION", "TOTAL"),
        ranking.rows().stream().map(ChallengeRow::code).toList());
    assertEquals(25L, ranking.rows().get(3).shownTotal());
    assertEquals(13L, ranking.rows().get(3).shown("2019"));
  }

  @Test
  void othersSmallCountsAreSuppressedForAState() {
    ChallengeRanking ranking = ChallengeRanking.of(Audience.state("NL", Set.of()), List.of("2019", "2020"),
        List.of("NL", Audience.OTHERS),
        List.of(row("NL", "CAPACITY", 1, 1, 0), row(Audience.OTHERS, "CAPACITY", 4, 2, 9), row(Audience.OTHERS, "TRANSLATION", 4, 5, 6)));
    ChallengeRow own = ranking.rows().get(0);
    assertEquals(1L, own.shown("2019"));
    ChallengeRow others = ranking.rows().get(1);
    assertEquals("CAPACITY", others.code());
    assertNull(others.shown("2019"));
    assertNull(others.shown("2020"), "11 - 9 would reveal the 2 of 2019");
  }
}
