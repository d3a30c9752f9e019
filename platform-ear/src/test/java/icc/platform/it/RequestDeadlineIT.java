package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.request.application.DeadlineScan;
import icc.platform.web.request.domain.CooperationRequest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deadline timer's scan, in the container on the test stack's database, run "as of" chosen
 * instants (the timer passes the clock's; nothing in production moves time): a reminder once when
 * the due date is near (a content-free mail reaches the Dutch focal point through the stack's SMTP
 * server), the overdue flag once it passed, each with its audit event; requests of
 * other tests may be flagged too (the scan covers every pending request).
 */
@ExtendWith(ArquillianExtension.class)
class RequestDeadlineIT {

  @Deployment
  static WebArchive scan() {
    return RequestDeadlineDeployment.create();
  }

  @Inject DeadlineScan scan;
  @Inject RequestDeadlineProbe probe;

  @Test
  void aRequestIsRemindedOnceThenFlaggedOverdueOnce() {
    LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusYears(5).withDayOfMonth(1);
    String id = probe.submitted(deadline);
    int mailsBefore = mails("focal.nl@example.org").size();

    DeadlineScan.Result early = scan.run(at(deadline.minusDays(8)));
    assertFalse(early.reminded().contains(id) || early.flagged().contains(id), "nothing 8 days before");
    assertNull(probe.stored(id).reminderSentAt());

    assertTrue(scan.run(at(deadline.minusDays(7))).reminded().contains(id), "reminded 7 days before");
    assertNotNull(probe.stored(id).reminderSentAt());
    assertFalse(scan.run(at(deadline.minusDays(6))).reminded().contains(id), "only once");
    assertEquals(1, probe.auditEvents("request.deadline.reminder", id));
    // The main application's delivery worker mails the reminder through the real SMTP test server;
    // the mail says only that something needs attention.
    List<String> received = awaitMore("focal.nl@example.org", mailsBefore);
    String mail = received.get(received.size() - 1);
    assertFalse(mail.contains(id) || mail.contains("Deadline probe") || mail.contains("Probe Person") || mail.contains("COURT"), mail);

    assertFalse(scan.run(at(deadline)).flagged().contains(id), "due today is not late");
    Instant late = at(deadline.plusDays(1));
    assertTrue(scan.run(late).flagged().contains(id));
    CooperationRequest r = probe.stored(id);
    assertEquals(late, r.overdueSince());
    assertTrue(r.isOverdue());
    assertFalse(scan.run(at(deadline.plusDays(2))).flagged().contains(id), "flagged once");
    assertEquals(1, probe.auditEvents("request.deadline.overdue", id));
  }

  /** The raw messages the address received, read from the mail server's REST API (JSON-P: no Jackson here). */
  private static List<String> mails(String address) {
    try (InputStream in = RequestDeadlineIT.class.getResourceAsStream("/mail-api.txt")) {
      String api = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(api + "/user/" + address + "/messages/INBOX")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return List.of();
      }
      try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
        return reader.readArray().getValuesAs(JsonObject.class).stream().map(m -> m.getString("mimeMessage", "")).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> awaitMore(String address, int before) {
    assertTrue(Await.until(Duration.ofSeconds(90), () -> mails(address).size() > before),
        "a reminder mail reached " + address);
    return mails(address);
  }

  private static Instant at(LocalDate day) {
    return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }
}
