package icc.platform.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings the platform runs with, from MicroProfile Config: environment variables set by
 * {@code ops/platform} (e.g. {@code PLATFORM_PUBLIC_URL} for {@code platform.public-url}).
 */
@ApplicationScoped
public class PlatformConfig {

  @Inject
  @ConfigProperty(name = "platform.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "platform.keycloak.url", defaultValue = "http://localhost:8180")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "platform.oidc.web-client", defaultValue = "platform-web")
  String webClientId;

  @Inject
  @ConfigProperty(name = "platform.api.audience", defaultValue = "cooperation-platform")
  String apiAudience;

  @Inject
  @ConfigProperty(name = "platform.demo-data", defaultValue = "false")
  boolean demoData;

  @Inject
  @ConfigProperty(name = "platform.keycloak.admin-user", defaultValue = "admin")
  String keycloakAdminUser;

  // Optional: an empty default counts as "no value" for Payara and would fail the deployment.
  @Inject
  @ConfigProperty(name = "platform.keycloak.admin-password")
  Optional<String> keycloakAdminPassword;

  @Inject
  @ConfigProperty(name = "platform.keycloak.direct-grants", defaultValue = "false")
  boolean directGrantsForNewRealms;

  /** Where people reach the platform; the OIDC redirect URIs are built on it. */
  public URI publicUrl() {
    return URI.create(stripSlash(publicUrl));
  }

  /** Base URL of the Keycloak that hosts the platform's own realms ({@code court}, {@code platform}). */
  public String keycloakUrl() {
    return stripSlash(keycloakUrl);
  }

  /** Client id of the web login client that every realm registers (public client, PKCE). */
  public String webClientId() {
    return webClientId;
  }

  /** The {@code aud} value every access token for the platform API must carry. */
  public String apiAudience() {
    return apiAudience;
  }

  /** Whether to register the demo States at start-up (development and tests only). */
  public boolean demoData() {
    return demoData;
  }

  /** Keycloak's administrator, with which the platform creates the realms of new States. */
  public String keycloakAdminUser() {
    return keycloakAdminUser;
  }

  public String keycloakAdminPassword() {
    return keycloakAdminPassword.orElse("");
  }

  /**
   * Whether the web client of a new realm accepts the password grant. Only development and test
   * stacks turn it on (tests obtain tokens with it); production realms never do.
   */
  public boolean directGrantsForNewRealms() {
    return directGrantsForNewRealms;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
