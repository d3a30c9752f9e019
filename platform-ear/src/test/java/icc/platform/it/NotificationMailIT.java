package icc.platform.it;

import static icc.platform.it.ExchangeClient.at;
import static icc.platform.it.ExchangeClient.auditEntries;
import static icc.platform.it.ExchangeClient.discussion;
import static icc.platform.it.ExchangeClient.openThread;
import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.TestPlatform.putJson;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Notification mails (issue 6) through the real SMTP server of the test stack: the other
 * participants are told that something is waiting, the mail names nothing, and a user who turned
 * mails off gets none.
 */
class NotificationMailIT {

  private static final Duration DELIVERY = Duration.ofSeconds(60);

  @Test
  void otherParticipantsAreToldThatSomethingWaitsAndNothingMore() {
    String nl = userToken("state-nl", "focal.nl");
    String fr = userToken("state-fr", "focal.fr");
    String marker = "Kestrel-" + UUID.randomUUID().toString().substring(0, 8);
    int before = Mailbox.of("focal.fr@example.org").size();

    String thread = openThread(nl, discussion("Accounts of " + marker + " Holdings BV", "H2", "FR"));
    assertEquals(201, postJson("/api/v1/threads/" + thread + "/messages", nl,
        "{\"text\":\"The bank of " + marker + " answered\"}").statusCode());

    assertTrue(Await.until(DELIVERY, () -> Mailbox.of("focal.fr@example.org").size() > before),
        "focal.fr is told that something is waiting");
    Mailbox.Mail mail = Mailbox.of("focal.fr@example.org").get(before);
    assertTrue(mail.raw().contains("Something new is waiting for you on the platform"), mail.raw());
    assertTrue(mail.raw().contains(TestPlatform.URL), "the mail says where to sign in");

    // Nothing of the content, of the thread or of the sender reaches any mailbox.
    for (String address : Mailbox.addresses()) {
      for (Mailbox.Mail m : Mailbox.of(address)) {
        assertFalse(m.raw().contains(marker), "no subject or text in mail to " + address);
        assertFalse(m.raw().contains(thread), "no thread identifier in mail to " + address);
        assertFalse(m.raw().contains("Netherlands"), "no sender organisation in mail to " + address);
        assertTrue(address.startsWith("focal.nl@") || !m.raw().contains("focal.nl"), "no sender in mail to " + address);
      }
    }
  }

  @Test
  void aUserWhoTurnedMailsOffGetsNone() throws SQLException {
    String jp = userToken("state-jp", "focal.jp");
    String nl = userToken("state-nl", "focal.nl");
    assertEquals(200, putJson("/api/v1/me/notifications", jp, "{\"email\":false}").statusCode());
    try (Connection db = AuditDatabase.connect()) {
      assertTrue(Await.until(DELIVERY, () -> pendingFor(db, "JP") == 0), "earlier notifications for Japan delivered");
      long last = lastId(db);
      int before = Mailbox.of("focal.jp@example.org").size();

      openThread(nl, discussion("Asset recovery office contacts", "H0", "JP"));

      assertTrue(Await.until(DELIVERY, () -> sentAfter(db, "JP", last) >= 0), "the notification was processed");
      assertEquals(0, sentAfter(db, "JP", last), "processed, but mailed to nobody");
      assertEquals(before, Mailbox.of("focal.jp@example.org").size(), "focal.jp received nothing");
    } finally {
      assertEquals(200, putJson("/api/v1/me/notifications", jp, "{\"email\":true}").statusCode());
    }
  }

  @Test
  void settingsAreTheCallersOwnAndBadInputChangesNothing() {
    String officer = userToken("state-nl", "officer.nl");
    assertEquals("{\"email\":true}", get("/api/v1/me/notifications", officer).body());
    for (String bad : new String[] {"{}", "{\"email\":\"no\"}", "{\"email\":0}", "{\"email\":null}", "[true]", "{\"email\":"}) {
      HttpResponse<String> r = putJson("/api/v1/me/notifications", officer, bad);
      assertEquals(400, r.statusCode(), bad + " -> " + r.body());
    }
    assertTrue(json(get("/api/v1/me/notifications", officer).body()).get("email").asBoolean(), "unchanged");

    assertEquals(200, putJson("/api/v1/me/notifications", officer, "{\"email\":false}").statusCode());
    assertFalse(json(get("/api/v1/me/notifications", officer).body()).get("email").asBoolean());
    // Another user of the same organisation keeps their own choice.
    assertTrue(json(get("/api/v1/me/notifications", userToken("state-nl", "focal.nl")).body()).get("email").asBoolean());
    assertEquals(200, putJson("/api/v1/me/notifications", officer, "{\"email\":true}").statusCode());

    assertTrue(auditEntries().stream().anyMatch(e -> "notification.preference.change".equals(at(e, "action"))
        && "officer.nl".equals(at(e, "who", "username")) && "false".equals(at(e, "details", "email"))),
        "each change is audited");
    assertEquals(401, get("/api/v1/me/notifications", null).statusCode());
  }

  private static int pendingFor(Connection db, String organisation) {
    return count(db, "SELECT COUNT(*) FROM notification_outbox WHERE organisation_code = ? AND status = 'PENDING'", organisation, 0);
  }

  /** Addresses mailed by the newest notification for the organisation after {@code id}, or -1 if none is done yet. */
  private static int sentAfter(Connection db, String organisation, long id) {
    try (PreparedStatement s = db.prepareStatement(
        "SELECT status, recipients FROM notification_outbox WHERE organisation_code = ? AND id > ? ORDER BY id DESC LIMIT 1")) {
      s.setString(1, organisation);
      s.setLong(2, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && "SENT".equals(rs.getString(1)) ? rs.getInt(2) : -1;
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static long lastId(Connection db) throws SQLException {
    try (ResultSet rs = db.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM notification_outbox")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int count(Connection db, String sql, String parameter, int fallback) {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : fallback;
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
