package icc.platform.web.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** When the yearly "please confirm your profile" reminder is due (issue 8): once per overdue period. */
class CountryProfileReminderTest {

  private static final Instant CONFIRMED = Instant.parse("2025-03-01T09:00:00Z");
  private static final Duration YEAR = CountryProfile.CONFIRMATION_INTERVAL;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("confirmed a day ago", CONFIRMED.plus(Duration.ofDays(1)), null, false),
        Arguments.of("exactly a year: not yet", CONFIRMED.plus(YEAR), null, false),
        Arguments.of("a year and a minute, never reminded", CONFIRMED.plus(YEAR).plusSeconds(60), null, true),
        Arguments.of("reminded last year, before it was due again", CONFIRMED.plus(YEAR).plusSeconds(60),
            CONFIRMED.minus(Duration.ofDays(10)), true),
        Arguments.of("already reminded in this overdue period", CONFIRMED.plus(YEAR).plus(Duration.ofDays(30)),
            CONFIRMED.plus(YEAR).plus(Duration.ofDays(1)), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reminderDue(String name, Instant now, Instant remindedAt, boolean due) {
    CountryProfile profile = new CountryProfile("SN");
    profile.edit("{}", new CountryProfile.Editor("state-sn", "sub", "focal.sn"), CONFIRMED);
    if (remindedAt != null) {
      profile.reminded(remindedAt);
    }
    assertEquals(due, profile.reminderDue(now));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void confirmingStartsANewYear(String name, Instant now, Instant remindedAt, boolean due) {
    CountryProfile profile = new CountryProfile("SN");
    profile.edit("{}", new CountryProfile.Editor("state-sn", "sub", "focal.sn"), CONFIRMED);
    profile.confirm(new CountryProfile.Editor("state-sn", "sub", "focal.sn"), now);
    assertEquals(false, profile.reminderDue(now));
  }
}
