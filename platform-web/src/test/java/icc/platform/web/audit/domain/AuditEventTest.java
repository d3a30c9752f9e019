package icc.platform.web.audit.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.crypto.transparency.CanonicalJson;
import icc.platform.crypto.transparency.Json;
import icc.platform.web.security.Caller;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

  private static Caller focalNl() {
    return new Caller(
        "NL", "Netherlands", "state-nl", "http://kc/realms/state-nl", "sub-1", "focal.nl",
        "Focal point", "platform-web", new LinkedHashSet<>(List.of("officer", "focal-point")));
  }

  @Test
  void canonicalEncodingIsTheKnownAnswer() {
    AuditEvent event =
        AuditEvent.of(AuditAction.API_CALL, AuditOutcome.DENIED, Actor.of(focalNl()))
            .about(AuditObject.apiOperation("GET", "/audit/entries"))
            .at(AT)
            .from("127.0.0.1")
            .detail("status", 403)
            .detail("reason", "Your role does not allow this operation")
            .build();

    assertEquals(
        "{\"action\":\"api.call\",\"at\":\"2026-03-01T10:15:30.123Z\","
            + "\"details\":{\"reason\":\"Your role does not allow this operation\",\"status\":\"403\"},"
            + "\"from\":\"127.0.0.1\",\"object\":{\"id\":\"GET /audit/entries\",\"type\":\"api-operation\"},"
            + "\"outcome\":\"denied\",\"v\":1,"
            + "\"who\":{\"client\":\"platform-web\",\"organisation\":\"NL\",\"realm\":\"state-nl\","
            + "\"roles\":[\"focal-point\",\"officer\"],\"subject\":\"sub-1\",\"username\":\"focal.nl\"}}",
        new String(event.canonicalBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void theSameEventAlwaysEncodesTheSame() throws Exception {
    AuditEvent one = AuditEvent.of(AuditAction.WEB_LOGIN, AuditOutcome.SUCCESS, Actor.of(focalNl())).at(AT).build();
    Caller sameRolesOtherOrder =
        new Caller("NL", "Netherlands", "state-nl", "http://kc/realms/state-nl", "sub-1", "focal.nl",
            "Focal point", "platform-web", new LinkedHashSet<>(List.of("focal-point", "officer")));
    AuditEvent two = AuditEvent.of(AuditAction.WEB_LOGIN, AuditOutcome.SUCCESS, Actor.of(sameRolesOtherOrder)).at(AT).build();

    assertArrayEquals(one.canonicalBytes(), two.canonicalBytes());
    // Re-encoding the parsed bytes gives the bytes: what the export relies on.
    byte[] bytes = one.canonicalBytes();
    assertArrayEquals(bytes, CanonicalJson.encodeToBytes(Json.parse(new String(bytes, StandardCharsets.UTF_8))));
    assertArrayEquals(bytes, new AuditEntry(0, bytes).leafData());
  }

  @Test
  void timeAlwaysHasMillisecondsInUtc() {
    AuditEvent event =
        AuditEvent.of(AuditAction.WEB_LOGOUT, AuditOutcome.SUCCESS, Actor.anonymous())
            .at(Instant.parse("2026-03-01T10:15:30Z"))
            .build();
    assertEquals("2026-03-01T10:15:30.000Z", event.toJson().get("at"));
  }

  @Test
  void absentValuesAreLeftOutNotNull() {
    AuditEvent event = AuditEvent.of(AuditAction.API_CALL, AuditOutcome.DENIED, Actor.anonymous()).at(AT).build();
    String json = new String(event.canonicalBytes(), StandardCharsets.UTF_8);
    assertFalse(json.contains("null"), json);
    assertEquals(
        "{\"action\":\"api.call\",\"at\":\"2026-03-01T10:15:30.123Z\",\"outcome\":\"denied\",\"v\":1,\"who\":{\"roles\":[]}}",
        json);
  }

  @Test
  void somethingThatLooksLikeATokenNeverReachesTheLog() {
    String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLWJ5dGVz";
    AuditEvent event =
        AuditEvent.of(AuditAction.WEB_LOGIN, AuditOutcome.FAILURE, Actor.anonymous())
            .detail("reason", "ID token invalid: " + jwt)
            .detail("header", "Bearer abcdefghijklmnopqrstuvwxyz012345")
            .build();
    String json = new String(event.canonicalBytes(), StandardCharsets.UTF_8);
    assertFalse(json.contains("eyJ"), json);
    assertFalse(json.contains("abcdefghijklmnop"), json);
    assertEquals(AuditEvent.REDACTED, event.details().get("reason"));
  }

  @Test
  void longDetailsAreShortened() {
    AuditEvent event =
        AuditEvent.of(AuditAction.WEB_LOGIN, AuditOutcome.FAILURE, Actor.anonymous())
            .detail("reason", "x".repeat(5000))
            .build();
    assertEquals(AuditEvent.MAX_DETAIL_VALUE_LENGTH, event.details().get("reason").length());
  }

  @Test
  void rejectsMalformedParts() {
    Actor nobody = Actor.anonymous();
    assertThrows(IllegalArgumentException.class, () -> new AuditAction("Login"));
    assertThrows(IllegalArgumentException.class, () -> new AuditAction("login"));
    assertThrows(IllegalArgumentException.class, () -> new AuditAction("a." + "b".repeat(70)));
    assertThrows(IllegalArgumentException.class,
        () -> AuditEvent.of(AuditAction.WEB_LOGIN, AuditOutcome.SUCCESS, nobody).document("abc").build());
    assertThrows(IllegalArgumentException.class,
        () -> AuditEvent.of(AuditAction.WEB_LOGIN, AuditOutcome.SUCCESS, nobody).detail("Bad Name", "x").build());
    assertThrows(IllegalArgumentException.class,
        () -> AuditEvent.of(AuditAction.WEB_LOGIN, AuditOutcome.SUCCESS, nobody).from("x".repeat(65)).build());
    Map<String, String> tooMany = new TreeMap<>();
    for (int i = 0; i <= AuditEvent.MAX_DETAILS; i++) {
      tooMany.put("k" + i, "v");
    }
    assertThrows(IllegalArgumentException.class,
        () -> new AuditEvent(AuditAction.WEB_LOGIN, AuditOutcome.SUCCESS, nobody, null, null, AT, null, new TreeMap<>(tooMany)));
  }

  @Test
  void documentHashIsKept() {
    String hash = "sha256:" + "ab".repeat(32);
    AuditEvent event = AuditEvent.of(new AuditAction("document.read"), AuditOutcome.SUCCESS, Actor.anonymous())
        .about(new AuditObject("document", "doc-3"))
        .document(hash)
        .build();
    assertEquals(hash, event.toJson().get("documentHash"));
    assertTrue(new String(event.canonicalBytes(), StandardCharsets.UTF_8).contains("\"object\":{\"id\":\"doc-3\",\"type\":\"document\"}"));
  }

  @Test
  void organisationOfTheEventIsTheActors() {
    assertEquals("NL", AuditEvent.of(AuditAction.WEB_LOGIN, AuditOutcome.SUCCESS, Actor.of(focalNl())).build().organisationCode());
    assertEquals(Set.of(), Set.copyOf(Actor.anonymous().roles()));
  }
}
