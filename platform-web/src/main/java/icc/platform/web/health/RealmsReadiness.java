package icc.platform.web.health;

import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the realm of every active organisation publishes its OIDC metadata: without it
 * nobody of that organisation can log in or call the API. Realms are asked in parallel with a
 * short timeout so that the probe itself stays fast.
 */
@Readiness
@ApplicationScoped
public class RealmsReadiness implements HealthCheck {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  @Inject OrganisationRepository organisations;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("realms");
    List<Organisation> active;
    try {
      active = organisations.findAll().stream().filter(Organisation::isActive).toList();
    } catch (RuntimeException e) {
      return response.down().withData("error", "registry unavailable").build();
    }
    Map<String, CompletableFuture<Boolean>> probes = new TreeMap<>();
    for (Organisation organisation : active) {
      probes.put(organisation.realm(), reachable(organisation.issuer()));
    }
    boolean allUp = !probes.isEmpty();
    for (var probe : probes.entrySet()) {
      boolean up = probe.getValue().join();
      response.withData(probe.getKey(), up ? "UP" : "DOWN");
      allUp &= up;
    }
    return response.status(allUp).build();
  }

  private CompletableFuture<Boolean> reachable(String issuer) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
            .timeout(TIMEOUT)
            .GET()
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .thenApply(r -> r.statusCode() == 200)
        .exceptionally(e -> false);
  }
}
