package icc.platform.web.security.web;

import icc.platform.web.audit.api.WebLoginAudit;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.security.Caller;
import icc.platform.web.security.IdentityProviderUnavailableException;
import icc.platform.web.security.TrustedIssuers;
import icc.platform.web.shared.PlatformConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The signed-in person as pages show them, and logging out of both the platform and the realm. */
@Named
@RequestScoped
public class SessionView {

  @Inject OrganisationRepository organisations;
  @Inject TrustedIssuers trustedIssuers;
  @Inject PlatformConfig config;
  @Inject HttpServletRequest request;
  @Inject WebLoginAudit audit; // issue 5: logouts are audited

  public boolean isSignedIn() {
    return current().isPresent();
  }

  public Caller getCaller() {
    return current().map(WebSession::caller).orElse(null);
  }

  public List<String> getRoles() {
    return current().map(w -> w.caller().roles().stream().sorted().toList()).orElse(List.of());
  }

  /**
   * Ends the platform session, then the realm's session (OIDC RP-Initiated Logout 1.0), which
   * sends the browser back to the start page. A Faces form posts here, so the view state guards
   * it against cross-site requests.
   */
  public void logout() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Optional<WebSession> web = current();
    web.ifPresent(w -> audit.loggedOut(w.caller(), request));
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String home = config.publicUrl().resolve(request.getContextPath() + "/").toString();
    String target = home;
    if (web.isPresent()) {
      target = realmLogout(web.get(), home).orElse(home);
    }
    external.redirect(target);
  }

  private Optional<String> realmLogout(WebSession web, String home) {
    return organisations
        .findByCode(new OrganisationCode(web.caller().organisationCode()))
        .flatMap(
            organisation -> {
              try {
                URI endSession =
                    trustedIssuers.metadata(organisation).getEndSessionEndpointURI();
                if (endSession == null) {
                  return Optional.empty();
                }
                return Optional.of(
                    endSession
                        + "?client_id="
                        + encode(config.webClientId())
                        + "&id_token_hint="
                        + encode(web.idTokenHint())
                        + "&post_logout_redirect_uri="
                        + encode(home));
              } catch (IdentityProviderUnavailableException e) {
                return Optional.empty();
              }
            });
  }

  private Optional<WebSession> current() {
    return WebSession.of(request.getSession(false));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
