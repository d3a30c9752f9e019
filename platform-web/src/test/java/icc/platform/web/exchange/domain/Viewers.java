package icc.platform.web.exchange.domain;

import java.util.Set;

/** Viewers of the tests, one per role and organisation. */
final class Viewers {
  private Viewers() {}

  static Viewer of(String org, String user, String... roles) {
    return new Viewer(org, user, Set.of(roles));
  }

  static final Viewer FOCAL_NL = of("NL", "focal.nl", "focal-point");
  static final Viewer FOCAL_FR = of("FR", "focal.fr", "focal-point");
  static final Viewer FOCAL_SN = of("SN", "focal.sn", "focal-point");
  static final Viewer OFFICER_NL = of("NL", "officer.nl", "officer");
  static final Viewer OBSERVER_NL = of("NL", "observer.nl", "observer");
  static final Viewer ADMIN_NL = of("NL", "admin.nl", "state-admin");
  static final Viewer CLERK = of("COURT", "registry.clerk", "court-requester");
  static final Viewer ANALYST = of("COURT", "court.analyst", "court-analyst");
  static final Viewer PLATFORM_ADMIN = of("PLATFORM", "platform.admin", "platform-admin");
  static final Viewer AUDITOR = of("PLATFORM", "platform.auditor", "auditor");
}
