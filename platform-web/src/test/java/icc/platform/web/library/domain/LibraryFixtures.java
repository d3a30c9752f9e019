package icc.platform.web.library.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Readers and content for the library's domain tests. */
final class LibraryFixtures {

  static final Reader FOCAL_NL = reader("NL", "state-nl", "focal.nl", false, true, false);
  static final Reader OFFICER_NL = reader("NL", "state-nl", "officer.nl", false, false, false);
  static final Reader FOCAL_FR = reader("FR", "state-fr", "focal.fr", false, true, false);
  static final Reader FOCAL_SN = reader("SN", "state-sn", "focal.sn", false, true, false);
  static final Reader COURT_USER = reader("COURT", "court", "otp.investigator", true, true, false);
  static final Reader REVIEWER = reader("COURT", "court", "library.reviewer", true, false, true);

  private LibraryFixtures() {}

  static Reader reader(String org, String realm, String user, boolean court, boolean contributor, boolean reviewer) {
    return new Reader(new Person(org, realm, "sub-" + user, user), court, contributor, reviewer);
  }

  static EntryContent content(String title, Visibility visibility) {
    return new EntryContent(
        title,
        "How asset freezing requests are executed.",
        Map.of("fr", "Comment les demandes de gel des avoirs sont exécutées."),
        Set.of("NL"),
        Set.of(Topic.ASSET_RECOVERY),
        DocumentType.PROCEDURE,
        Set.of("en"),
        "Ministry of Justice",
        LocalDate.of(2023, 5, 12),
        visibility);
  }
}
