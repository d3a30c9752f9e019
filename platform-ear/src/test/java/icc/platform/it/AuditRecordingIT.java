package icc.platform.it;

import static icc.platform.it.AuditApiIT.allEntries;
import static icc.platform.it.AuditApiIT.auditor;
import static icc.platform.it.TestPlatform.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the platform records: web logins (and failed ones), denied API calls (no token, forbidden
 * role), reads of the audit log itself; and who may read which events: the auditor all, a focal
 * point only its own organisation's, never another State's.
 */
class AuditRecordingIT {

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  @Test
  void aWebLoginIsRecordedWithWhoAndFromWhere() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> start = browser.get(TestPlatform.URL + "/login?organisation=NL");
    assertEquals(302, start.statusCode());
    HttpResponse<String> loginPage = browser.get(location(start));
    Matcher form = FORM_ACTION.matcher(loginPage.body());
    assertTrue(form.find(), "Keycloak's login form expected");
    HttpResponse<String> answer =
        browser.postForm(
            form.group(1).replace("&amp;", "&"), Map.of("username", "focal.nl", "password", "demo"));
    assertEquals(302, answer.statusCode(), answer.body());
    HttpResponse<String> callback = browser.get(location(answer));
    assertEquals(302, callback.statusCode(), callback.body());
    assertTrue(location(callback).endsWith("/app/home.xhtml"));

    JsonNode login =
        last(allEntries(auditor()), e -> action(e, "auth.web-login") && "focal.nl".equals(text(e, "who", "username")));
    assertEquals("success", text(login, "outcome"));
    assertEquals("NL", text(login, "who", "organisation"));
    assertEquals("state-nl", text(login, "who", "realm"));
    assertEquals("platform-web", text(login, "who", "client"));
    assertEquals("focal-point", login.get("event").get("who").get("roles").get(0).asText());
    assertTrue(text(login, "from").length() > 0);
    assertFalse(login.toString().contains("eyJ"), "no token in an event");
  }

  @Test
  void aFailedWebLoginIsRecorded() throws Exception {
    Browser browser = new Browser();
    assertEquals(302, browser.get(TestPlatform.URL + "/login?organisation=FR").statusCode());
    HttpResponse<String> forged = browser.get(TestPlatform.URL + "/login/callback?state=forged&code=forged");
    assertEquals(400, forged.statusCode());

    JsonNode failure =
        last(allEntries(auditor()), e -> action(e, "auth.web-login") && "failure".equals(text(e, "outcome")));
    assertEquals("FR", text(failure, "who", "organisation"));
    assertEquals("state does not match the login started", text(failure, "details", "reason"));
  }

  @Test
  void aRequestWithoutTokenIsRecordedAsDenied() {
    long before = count(allEntries(auditor()), e -> denied(e, "GET /audit/export", "401"));
    assertEquals(401, get("/api/v1/audit/export", null).statusCode());

    List<JsonNode> after = allEntries(auditor());
    assertEquals(before + 1, count(after, e -> denied(e, "GET /audit/export", "401")));
    JsonNode event = last(after, e -> denied(e, "GET /audit/export", "401"));
    assertNull(event.get("event").get("who").get("subject"));
    assertEquals("invalid_token", text(event, "details", "error"));
  }

  @Test
  void aForbiddenRoleIsRecordedAsDeniedWithTheCaller() {
    String officer = TestPlatform.userToken("state-nl", "officer.nl");
    assertEquals(403, get("/api/v1/audit/entries", officer).statusCode());

    JsonNode event =
        last(allEntries(auditor()), e -> denied(e, "GET /audit/entries", "403") && "officer.nl".equals(text(e, "who", "username")));
    assertEquals("NL", text(event, "who", "organisation"));
    assertEquals("forbidden", text(event, "details", "error"));
  }

  @Test
  void theAuditorReadsEverythingAndAFocalPointOnlyItsOwnOrganisation() {
    // Events of both States: a French and a Dutch focal point read their events.
    String focalFr = TestPlatform.userToken("state-fr", "focal.fr");
    String focalNl = TestPlatform.userToken("state-nl", "focal.nl");
    allEntries(focalFr);
    assertEquals(403, get("/api/v1/audit/entries", TestPlatform.userToken("state-fr", "officer.fr")).statusCode());

    List<JsonNode> dutch = allEntries(focalNl);
    assertFalse(dutch.isEmpty());
    dutch.forEach(e -> assertEquals("NL", text(e, "who", "organisation"), e.toString()));
    assertTrue(dutch.stream().anyMatch(e -> action(e, "audit.entries.read")), "the focal point's own reads are there");

    List<JsonNode> all = allEntries(auditor());
    assertTrue(all.stream().anyMatch(e -> "FR".equals(text(e, "who", "organisation"))));
    assertTrue(all.stream().anyMatch(e -> "NL".equals(text(e, "who", "organisation"))));
    assertTrue(all.stream().anyMatch(e -> text(e, "who", "organisation") == null), "anonymous denials too");
    JsonNode frenchRead =
        last(all, e -> action(e, "audit.entries.read") && "focal.fr".equals(text(e, "who", "username")));
    assertEquals("FR", text(frenchRead, "details", "scope"));
    JsonNode auditorRead = last(all, e -> action(e, "audit.entries.read") && "platform.auditor".equals(text(e, "who", "username")));
    assertEquals("all", text(auditorRead, "details", "scope"));
  }

  static boolean action(JsonNode entry, String action) {
    return action.equals(text(entry, "action"));
  }

  static boolean denied(JsonNode entry, String operation, String status) {
    return action(entry, "api.call")
        && "denied".equals(text(entry, "outcome"))
        && operation.equals(text(entry, "object", "id"))
        && status.equals(text(entry, "details", "status"));
  }

  static String text(JsonNode entry, String... path) {
    JsonNode node = entry.get("event");
    for (String name : path) {
      node = node == null ? null : node.get(name);
    }
    return node == null || node.isNull() ? null : node.asText();
  }

  static long count(List<JsonNode> entries, Predicate<JsonNode> which) {
    return entries.stream().filter(which).count();
  }

  static JsonNode last(List<JsonNode> entries, Predicate<JsonNode> which) {
    List<JsonNode> found = entries.stream().filter(which).toList();
    assertFalse(found.isEmpty(), "no such event");
    return found.get(found.size() - 1);
  }

  /**
   * A minimal browser: keeps every cookie it is given and sends them all back. (The JDK's
   * CookieManager drops Keycloak's Secure cookies on http://localhost, which browsers keep.)
   */
  private static final class Browser {
    private final HttpClient http =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

    HttpResponse<String> get(String url) throws Exception {
      return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> postForm(String url, Map<String, String> form) throws Exception {
      return send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(TestPlatform.formEncode(form))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      if (!cookies.isEmpty()) {
        request.header(
            "Cookie",
            String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
      return response;
    }
  }

  private static String location(HttpResponse<String> response) {
    String location = response.headers().firstValue("Location").orElseThrow();
    return location.startsWith("/") ? TestPlatform.URL + location : location;
  }
}
