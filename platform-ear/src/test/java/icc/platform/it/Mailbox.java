package icc.platform.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What the test stack's mail server (GreenMail, started by ops/platform) received: read through
 * its REST API, whose port follows the stack's port offset like every other port.
 */
final class Mailbox {

  static final String API = "http://127.0.0.1:" + (URI.create(TestPlatform.URL).getPort() - 8080 + 2080) + "/api";

  /** A received mail: subject and the whole raw message (headers and body). */
  record Mail(String subject, String raw) {}

  private Mailbox() {}

  /** Every mail the address received so far. */
  static List<Mail> of(String address) {
    HttpResponse<String> r = TestPlatform.send(HttpRequest.newBuilder(URI.create(API + "/user/" + address + "/messages/INBOX")).GET().build());
    List<Mail> mails = new ArrayList<>();
    if (r.statusCode() != 200) {
      return mails; // GreenMail knows an address only once it received something
    }
    for (JsonNode m : TestPlatform.json(r.body())) {
      mails.add(new Mail(m.path("subject").asText(), m.path("mimeMessage").asText()));
    }
    return mails;
  }

  /** Every address the mail server received something for. */
  static List<String> addresses() {
    HttpResponse<String> r = TestPlatform.send(HttpRequest.newBuilder(URI.create(API + "/user")).GET().build());
    List<String> addresses = new ArrayList<>();
    for (JsonNode u : TestPlatform.json(r.body())) {
      addresses.add(u.path("email").asText());
    }
    return addresses;
  }
}
