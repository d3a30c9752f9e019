package icc.platform.web.request.domain;

import icc.platform.web.exchange.domain.Viewer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Complete request contents per type, and the people who act on them, for the domain tests. */
final class Drafts {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  static final Viewer OTP = new Viewer("COURT", "otp.investigator", Set.of("court-requester"));
  static final Viewer ANALYST = new Viewer("COURT", "court.analyst", Set.of("court-analyst"));
  static final Viewer FOCAL_NL = new Viewer("NL", "focal.nl", Set.of("focal-point"));
  static final Viewer OFFICER_NL = new Viewer("NL", "officer.nl", Set.of("officer"));
  static final Viewer FOCAL_FR = new Viewer("FR", "focal.fr", Set.of("focal-point"));

  static final SubjectData PERSON = new SubjectData(SubjectKind.NATURAL_PERSON, "Jean Dupont", "J. Dupond",
      LocalDate.of(1970, 5, 1), "Kinshasa", List.of("CD"), "OB1234567 (CD)", "", null, "");
  static final SubjectData COMPANY = new SubjectData(SubjectKind.LEGAL_ENTITY, "Dupont Holdings B.V.", "", null, "", List.of(),
      "", "KvK 12345678", "NL", "");
  static final AssetData ACCOUNT = new AssetData(AssetKind.BANK_ACCOUNT, "", 0, "NL91 ABNA 0417 1643 00", "", "ABNANL2A",
      "ABN AMRO", "", "", "", "NL", new BigDecimal("250000"), "EUR");

  private Drafts() {}

  static RequestContent complete(RequestType type) {
    boolean protective = type.isProtectiveMeasure();
    return new RequestContent(type, type == RequestType.OTHER ? "Hearing of a bank officer by video link" : "",
        "93(1)(k), 57(3)(e)", "ICC-01/04", "ICC-01/04-01/06", protective ? "ICC-01/04-01/06-123" : "",
        protective ? LocalDate.of(2026, 10, 1) : null, "Office of the Prosecutor", Urgency.ROUTINE, TODAY.plusDays(60),
        "Trace and secure the proceeds", "The suspect moved funds through Dutch accounts in 2019-2021.",
        protective ? "Respect the rights of bona fide third parties; notify the account holder after freezing" : "", "en",
        List.of(PERSON, COMPANY), List.of(ACCOUNT)).normalised();
  }

  static CooperationRequest draft(RequestType type) {
    return CooperationRequest.draft("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222", OTP, "NL",
        complete(type), NOW);
  }

  static ActionInput reason(String text) {
    return new ActionInput(text, null, List.of());
  }
}
