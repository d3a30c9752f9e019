package icc.platform.web.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  /** received, executed, partially, declined, withdrawn, pending. */
  static FigureRow row(String unit, String group, int states, long... v) {
    FigureRow r = new FigureRow(unit, group, states);
    Measure[] m = {Measure.RECEIVED, Measure.EXECUTED, Measure.PARTIALLY_EXECUTED, Measure.DECLINED, Measure.WITHDRAWN, Measure.PENDING};
    for (int i = 0; i < m.length; i++) {
      r.put(m[i], v[i]);
    }
    r.put(Measure.ACKNOWLEDGED, v[0]);
    r.put(Measure.ACKNOWLEDGE_N, v[0]);
    r.put(Measure.ACKNOWLEDGE_MEDIAN_DAYS, new BigDecimal("4.5"));
    r.put(Measure.EXECUTE_N, v[1] + v[2]);
    return r;
  }

  static List<FigureRow> table() {
    List<FigureRow> rows = new ArrayList<>();
    rows.add(row("NL", "FREEZE_ASSETS", 1, 2, 1, 0, 0, 0, 1));
    rows.add(row(Audience.OTHERS, "FREEZE_ASSETS", 4, 30, 12, 2, 4, 0, 12));
    rows.add(row(Audience.OTHERS, "OTHER", 2, 9, 3, 3, 3, 0, 0));
    rows.add(row(Audience.ALL, FigureRow.TOTAL, 0, 41, 16, 5, 7, 0, 13));
    return rows;
  }

  @Test
  void theCourtSeesEverything() {
    List<FigureRow> rows = table();
    Disclosure.protect(Audience.court(), rows);
    rows.forEach(r -> assertTrue(r.suppressed().isEmpty()));
  }

  @Test
  void aStateSeesItsOwnSmallCellsButNotOthers() {
    List<FigureRow> rows = table();
    Disclosure.protect(Audience.state("NL", Set.of()), rows);
    FigureRow own = rows.get(0);
    assertTrue(own.suppressed().isEmpty(), "own figures, even of 1 or 2");
    assertEquals(2L, own.get(Measure.RECEIVED));

    FigureRow others = rows.get(1);
    assertNull(others.get(Measure.PARTIALLY_EXECUTED), "2 requests: suppressed");
    assertTrue(others.isSuppressed(Measure.PARTIALLY_EXECUTED));
    assertTrue(others.isSuppressed(Measure.DECLINED), "complementary: the smallest other outcome (4)");
    assertTrue(others.isSuppressed(Measure.EXECUTE_N), "n = executed + partially would reveal it");
    assertTrue(others.isSuppressed(Measure.RECEIVED), "41 - 2 - 30 would give the hidden 9: the smaller part goes");

    FigureRow twoStates = rows.get(2);
    for (Measure m : List.of(Measure.RECEIVED, Measure.EXECUTED, Measure.PARTIALLY_EXECUTED, Measure.DECLINED)) {
      assertTrue(twoStates.isSuppressed(m), "an aggregate of 2 States is suppressed whole: " + m);
    }
    assertTrue(twoStates.isSuppressed(Measure.ACKNOWLEDGE_MEDIAN_DAYS));
    assertEquals(41L, rows.get(3).get(Measure.RECEIVED));

    // No relation is left with exactly one hidden member.
    for (FigureRow r : rows) {
      long hidden = List.of(Measure.RECEIVED, Measure.EXECUTED, Measure.PARTIALLY_EXECUTED, Measure.DECLINED,
          Measure.WITHDRAWN, Measure.PENDING).stream().filter(r::isSuppressed).count();
      assertTrue(hidden != 1, r.unit() + "/" + r.group());
    }
    for (Measure m : Disclosure.GRID) {
      assertTrue(rows.stream().filter(r -> r.isSuppressed(m)).count() != 1, "column " + m);
    }
  }

  @Test
  void volumesOnlyForPlatformAdministrators() {
    List<FigureRow> rows = table();
    rows.get(1).assetValues().add(new AssetValue(AssetStep.FROZEN, "EUR", 5, BigDecimal.TEN, false));
    Disclosure.protect(Audience.volumes(), rows);
    assertEquals(30L, rows.get(1).get(Measure.RECEIVED));
    assertNull(rows.get(1).get(Measure.ACKNOWLEDGE_MEDIAN_DAYS));
    assertTrue(rows.get(1).assetValues().isEmpty());
  }
}
