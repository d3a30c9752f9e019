package icc.platform.web.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The time requests are judged by: deadlines are calendar dates in UTC. One bean, so that tests
 * that run the deadline scan "as of" a date pass their own instant instead of moving a clock.
 */
@ApplicationScoped
public class RequestClock {

  private final Clock clock = Clock.systemUTC();

  public Instant now() {
    return clock.instant();
  }

  public static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }
}
