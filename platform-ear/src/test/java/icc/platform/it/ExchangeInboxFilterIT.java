package icc.platform.it;

import static icc.platform.it.ExchangeClient.discussion;
import static icc.platform.it.ExchangeClient.openThread;
import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The inbox's date filter (issue 6: "filters (organisation, kind, handling code, date)"). */
class ExchangeInboxFilterIT {

  @Test
  void theInboxFiltersOnTheDayOfLastActivity() {
    String nl = userToken("state-nl", "focal.nl");
    String thread = openThread(nl, discussion("Inbox date filter", "H0", "FR"));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    assertTrue(get("/api/v1/threads?from=" + today, nl).body().contains(thread));
    assertTrue(get("/api/v1/threads?from=" + today.minusDays(3) + "&to=" + today, nl).body().contains(thread));
    assertFalse(get("/api/v1/threads?to=" + today.minusDays(1), nl).body().contains(thread));
    assertFalse(get("/api/v1/threads?from=" + today.plusDays(1), nl).body().contains(thread));
    // A thread another State cannot see stays invisible whatever the dates.
    assertFalse(get("/api/v1/threads?from=" + today, userToken("state-sn", "focal.sn")).body().contains(thread));

    for (String bad : new String[] {"from=yesterday", "to=2026-13-01", "from=" + today + "&to=" + today.minusDays(1)}) {
      HttpResponse<String> r = get("/api/v1/threads?" + bad, nl);
      assertEquals(400, r.statusCode(), bad + " -> " + r.body());
      String field = bad.contains("&") || bad.startsWith("to") ? "to" : "from";
      assertTrue(json(r.body()).get("message").asText().startsWith(field + ":"), r.body());
    }
  }
}
