package icc.platform.web.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticsFilterTest {

  @Test
  void defaultsToThisYearByStateByYear() {
    StatisticsFilter f = StatisticsFilter.parse(null, "", null, null, null, null, null);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertEquals(LocalDate.of(today.getYear(), 1, 1), f.from());
    assertEquals(today, f.to());
    assertEquals(GroupBy.STATE, f.groupBy());
    assertEquals(Granularity.YEAR, f.granularity());
    assertTrue(f.type().isEmpty() && f.region().isEmpty() && f.state().isEmpty());
  }

  @Test
  void normalisesCase() {
    StatisticsFilter f = StatisticsFilter.parse("2019-01-01", "2020-12-31", "freeze_assets", "african", "sn", "region", "quarter");
    assertEquals("FREEZE_ASSETS", f.type().orElseThrow());
    assertEquals(RegionGroup.AFRICAN, f.region().orElseThrow());
    assertEquals("SN", f.state().orElseThrow());
    assertEquals(GroupBy.REGION, f.groupBy());
    assertEquals(Granularity.QUARTER, f.granularity());
    assertEquals(LocalDate.of(2021, 1, 1), f.endExclusive());
  }

  @ParameterizedTest(name = "{7}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
    "2019-13-01; 2020-01-01; -; -; -; -; -; from",
    "2020-01-01; yesterday; -; -; -; -; -; to",
    "2020-01-02; 2020-01-01; -; -; -; -; -; to",
    "1900-01-01; 2020-01-01; -; -; -; -; -; to",
    "2020-01-01; 2020-02-01; 'x y'; -; -; -; -; type",
    "2020-01-01; 2020-02-01; -; EUROPE; -; -; -; region",
    "2020-01-01; 2020-02-01; -; -; NLD; -; -; state",
    "2020-01-01; 2020-02-01; -; -; -; COUNTRY; -; groupBy",
    "2020-01-01; 2020-02-01; -; -; -; -; WEEK; granularity"
  })
  void rejectsBadInputNamingTheFieldFirst(String from, String to, String type, String region, String state,
      String groupBy, String granularity, String field) {
    StatisticsException.InvalidInput e = assertThrows(StatisticsException.InvalidInput.class,
        () -> StatisticsFilter.parse(from, to, type, region, state, groupBy, granularity));
    assertEquals(field, e.field());
    assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"YEAR,2019-07-15,2019,2020-01-01", "QUARTER,2019-07-15,2019-Q3,2019-10-01",
    "QUARTER,2019-12-31,2019-Q4,2020-01-01", "MONTH,2019-02-10,2019-02,2019-03-01"})
  void periods(Granularity g, LocalDate day, String label, LocalDate end) {
    assertEquals(label, g.label(day));
    assertEquals(end, g.endAfter(day));
  }
}
