package icc.platform.it;

import icc.platform.web.exchange.domain.Viewer;
import icc.platform.web.request.application.DeadlineScan;
import icc.platform.web.request.application.ReminderNotifier;
import icc.platform.web.request.application.RequestClock;
import icc.platform.web.request.infrastructure.JpaRequestRepository;
import icc.platform.web.request.infrastructure.MailReminderNotifier;
import icc.platform.web.notification.application.Notifier;
import icc.platform.web.notification.infrastructure.JpaNotificationOutbox;
import java.io.File;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The micro-deployment of {@link RequestDeadlineIT}: the audit deployment (trail, log, Hibernate,
 * platform-crypto) plus the request domain, the deadline scan with its repository, the notification
 * outbox (the main application's delivery worker mails what it holds), iban4j, and a probe that makes
 * a submitted request.
 */
final class RequestDeadlineDeployment {

  private RequestDeadlineDeployment() {}

  static WebArchive create() {
    File iban4j = Maven.resolver()
        .loadPomFromFile(System.getProperty("platform-web.pom", "../platform-web/pom.xml"))
        .resolve("org.iban4j:iban4j").withoutTransitivity().asSingleFile();
    WebArchive war = AuditDeployment.create();
    war.delete("WEB-INF/classes/META-INF/persistence.xml");
    return war
        .addPackage("icc.platform.web.request.domain")
        .addClasses(Viewer.class, DeadlineScan.class, DeadlineScan.Result.class, RequestClock.class, ReminderNotifier.class,
            JpaRequestRepository.class, MailReminderNotifier.class, RequestDeadlineProbe.class, Notifier.class,
            JpaNotificationOutbox.class, Await.class)
        .addPackage("icc.platform.web.notification.domain")
        .addAsResource("request-it-persistence.xml", "META-INF/persistence.xml")
        // Where the test stack's mail server answers (known on the client side only).
        .addAsResource(new org.jboss.shrinkwrap.api.asset.StringAsset(Mailbox.API), "mail-api.txt")
        .addAsLibraries(iban4j);
  }
}
