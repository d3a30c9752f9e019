package icc.platform.it;

import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of token the platform must refuse gets 401 with a JSON body, and none of them makes
 * the platform fetch keys from an address the token names.
 */
class TokenRejectionIT {

  /** A server the forged tokens point at: it must never be called. */
  private static HttpServer bait;
  private static final AtomicInteger baitHits = new AtomicInteger();
  private static String baitUrl;
  private static RSAKey forgerKey;

  @BeforeAll
  static void startBait() throws Exception {
    bait = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    forgerKey = new RSAKeyGenerator(2048).keyID("forged").generate();
    bait.createContext(
        "/",
        exchange -> {
          baitHits.incrementAndGet();
          byte[] body =
              ("{\"keys\":[" + forgerKey.toPublicJWK().toJSONString() + "]}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    bait.start();
    baitUrl = "http://127.0.0.1:" + bait.getAddress().getPort();
  }

  @AfterAll
  static void stopBait() {
    bait.stop(0);
    assertEquals(0, baitHits.get(), "the platform fetched keys from an address named in a token");
  }

  @Test
  void refusesARequestWithoutToken() {
    assertRejected(get("/api/v1/me", null));
  }

  @Test
  void refusesGarbage() {
    assertRejected(get("/api/v1/me", "not-a-jwt"));
  }

  @Test
  void refusesATokenWithATamperedPayload() {
    String[] parts = TestPlatform.userToken("state-nl", "officer.nl").split("\\.");
    JsonNode claims = json(new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8));
    String promoted =
        claims.toString().replace("\"officer\"", "\"focal-point\"");
    String tampered = parts[0] + "." + Base64URL.encode(promoted) + "." + parts[2];

    assertRejected(get("/api/v1/me", tampered));
  }

  @Test
  void refusesATokenWithATamperedSignature() {
    String token = TestPlatform.userToken("state-nl", "focal.nl");
    char last = token.charAt(token.length() - 2);
    String tampered =
        token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

    assertRejected(get("/api/v1/me", tampered));
  }

  @Test
  void refusesAnUnsignedTokenWithAlgNone() {
    String[] parts = TestPlatform.userToken("state-nl", "focal.nl").split("\\.");
    String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();

    assertRejected(get("/api/v1/me", none + "." + parts[1] + "."));
  }

  @Test
  void refusesAnHmacTokenSignedWithAGuessableKey() throws Exception {
    JWTClaimsSet claims = validLookingClaims(TestPlatform.KEYCLOAK + "/realms/state-nl");
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(secret));

    assertRejected(get("/api/v1/me", jwt.serialize()));
  }

  @Test
  void refusesATokenOfARegisteredIssuerSignedByAnotherKeyThatPointsAtItsOwnKeys() throws Exception {
    SignedJWT jwt = forged(TestPlatform.KEYCLOAK + "/realms/state-nl");

    assertRejected(get("/api/v1/me", jwt.serialize()));
  }

  @Test
  void refusesATokenFromAnIssuerThatIsNotRegistered() throws Exception {
    SignedJWT jwt = forged(baitUrl + "/realms/state-nl");

    assertRejected(get("/api/v1/me", jwt.serialize()));
  }

  @Test
  void refusesATokenFromAnUnregisteredRealmOnTheSameKeycloak() {
    String master =
        TestPlatform.token(
            "master",
            Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "admin",
                "password", TestPlatform.secret("KC_ADMIN_PASSWORD")));

    assertRejected(get("/api/v1/me", master));
  }

  @Test
  void refusesATokenOfARegisteredRealmForAnotherAudience() {
    // admin-cli exists in every realm and its tokens do not name the platform as audience.
    String otherAudience =
        TestPlatform.token(
            "state-nl",
            Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "focal.nl",
                "password", "demo"));

    assertRejected(get("/api/v1/me", otherAudience));
  }

  @Test
  void refusesAnExpiredToken() throws Exception {
    String shortLived = ExpiryProbe.tokenThatExpiresInOneSecond();
    assertEquals(200, get("/api/v1/me", shortLived).statusCode(), "fresh token should pass");

    // The platform tolerates ExpiryProbe.CLOCK_SKEW_SECONDS of clock difference with realms:
    // the token must be refused once its 1-second life and that tolerance have passed.
    assertTrue(
        Await.until(
            Duration.ofSeconds(ExpiryProbe.CLOCK_SKEW_SECONDS + 30),
            () -> get("/api/v1/me", shortLived).statusCode() == 401),
        "the expired token is still accepted");

    assertRejected(get("/api/v1/me", shortLived));
  }

  @Test
  void refusesTokensSentInTheQueryStringInsteadOfTheHeader() {
    String token = TestPlatform.userToken("state-nl", "focal.nl");
    HttpResponse<String> response =
        TestPlatform.send(
            HttpRequest.newBuilder(URI.create(TestPlatform.URL + "/api/v1/me?access_token=" + token))
                .GET()
                .build());

    assertRejected(response);
  }

  private static SignedJWT forged(String issuer) throws Exception {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .type(JOSEObjectType.JWT)
            .keyID(forgerKey.getKeyID())
            .jwkURL(URI.create(baitUrl + "/jwks"))
            .x509CertURL(URI.create(baitUrl + "/cert"))
            .build();
    SignedJWT jwt = new SignedJWT(header, validLookingClaims(issuer));
    jwt.sign(new RSASSASigner(forgerKey));
    return jwt;
  }

  private static JWTClaimsSet validLookingClaims(String issuer) {
    Date now = new Date();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject("forged-subject")
        .audience("cooperation-platform")
        .issueTime(now)
        .expirationTime(new Date(now.getTime() + 300_000))
        .claim("preferred_username", "focal.nl")
        .claim("roles", List.of("focal-point", "platform-admin"))
        .build();
  }

  private static void assertRejected(HttpResponse<String> response) {
    assertEquals(401, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        "JSON error body expected");
    JsonNode error = json(response.body());
    assertEquals(401, error.get("status").asInt());
    assertEquals("invalid_token", error.get("error").asText());
    assertFalse(error.get("message").asText().isBlank());
    assertTrue(
        response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
        "RFC 6750 challenge expected");
  }
}
