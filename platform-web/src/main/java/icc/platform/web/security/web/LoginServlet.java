package icc.platform.web.security.web;

import com.nimbusds.langtag.LangTag;
import com.nimbusds.langtag.LangTagException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.security.IdentityProviderUnavailableException;
import icc.platform.web.security.TrustedIssuers;
import icc.platform.web.shared.PlatformConfig;
import icc.platform.web.shared.i18n.LanguageChoice;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts a web login: {@code /login?organisation=NL} sends the browser to the login page of the
 * Netherlands' realm with an authorization code request (OIDC Core 3.1.2.1) protected by PKCE
 * S256 (RFC 7636), a {@code state} and a {@code nonce}, all kept in the server-side session.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

  static final String CALLBACK_PATH = "/login/callback";

  @Inject OrganisationRepository organisations;
  @Inject TrustedIssuers trustedIssuers;
  @Inject PlatformConfig config;
  @Inject LanguageChoice language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Organisation> organisation = chosen(request.getParameter("organisation"));
    if (organisation.isEmpty()) {
      WebErrors.send(response, language.locale(request), HttpServletResponse.SC_BAD_REQUEST,
          "error.unknownOrganisation.title", "error.unknownOrganisation.text");
      return;
    }
    if (!organisation.get().isActive()) {
      WebErrors.send(response, language.locale(request), HttpServletResponse.SC_FORBIDDEN,
          "error.suspended.title", "error.suspended.text", organisation.get().name());
      return;
    }
    OIDCProviderMetadata provider;
    try {
      provider = trustedIssuers.metadata(organisation.get());
    } catch (IdentityProviderUnavailableException e) {
      WebErrors.send(response, language.locale(request), HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "error.loginUnavailable.title", "error.loginUnavailable.text", organisation.get().name());
      return;
    }
    PendingLogin pending =
        new PendingLogin(
            organisation.get().code().value(),
            new State().getValue(),
            new Nonce().getValue(),
            new CodeVerifier().getValue(),
            Instant.now());
    request.getSession(true).setAttribute(PendingLogin.ATTRIBUTE, pending);

    AuthenticationRequest authentication =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope("openid", "profile"),
                new ClientID(config.webClientId()),
                config.publicUrl().resolve(request.getContextPath() + CALLBACK_PATH))
            .endpointURI(provider.getAuthorizationEndpointURI())
            .state(new State(pending.state()))
            .nonce(new Nonce(pending.nonce()))
            .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
            // The realm's login page in the person's language (OpenID Connect Core 1.0, 3.1.2.1
            // ui_locales); the realm templates enable English and French.
            .uiLocales(List.of(uiLocale(language.locale(request))))
            .build();
    response.sendRedirect(authentication.toURI().toString());
  }

  private static LangTag uiLocale(Locale locale) {
    try {
      return LangTag.parse(locale.toLanguageTag());
    } catch (LangTagException e) {
      throw new IllegalStateException("a supported language is a valid tag", e);
    }
  }

  private Optional<Organisation> chosen(String code) {
    try {
      return code == null ? Optional.empty() : organisations.findByCode(OrganisationCode.parse(code));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
