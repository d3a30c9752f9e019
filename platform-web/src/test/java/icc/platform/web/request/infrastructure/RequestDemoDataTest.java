package icc.platform.web.request.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import icc.platform.web.request.domain.CompletenessCheck;
import icc.platform.web.request.domain.RequestContent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo requests that are submitted pass the completeness check (a failing one would stop the demo load half-way). */
class RequestDemoDataTest {

  @Test
  void submittedDemoRequestsAreComplete() {
    LocalDate today = LocalDate.of(2026, 11, 22);
    for (RequestContent c : List.of(RequestDemoData.tracing(today), RequestDemoData.freezing(today),
        RequestDemoData.identification(today), RequestDemoData.seizure(today))) {
      RequestContent n = c.normalised();
      assertEquals(List.of(), CompletenessCheck.check(n, true, today), c.type().name());
    }
    assertEquals(List.of(), CompletenessCheck.check(RequestDemoData.records(today).normalised(), false, today));
  }
}
