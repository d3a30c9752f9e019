package icc.platform.web.security.web;

import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import icc.platform.web.audit.api.WebLoginAudit;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.security.AccessTokenVerifier;
import icc.platform.web.security.AccountDisabledException;
import icc.platform.web.security.Caller;
import icc.platform.web.security.IdentityProviderUnavailableException;
import icc.platform.web.security.OrganisationSuspendedException;
import icc.platform.web.security.TokenRejectedException;
import icc.platform.web.security.TrustedIssuers;
import icc.platform.web.shared.PlatformConfig;
import icc.platform.web.shared.i18n.LanguageChoice;
import icc.platform.web.shared.i18n.Languages;
import icc.platform.web.shared.i18n.UiText;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Completes a web login: checks that the answer belongs to the login this session started
 * ({@code state}), redeems the code with the PKCE verifier at the realm's token endpoint over a
 * server-to-server call, validates the ID token ({@code nonce}, issuer, audience, signature) and
 * the access token, then rotates the session id (against session fixation) and keeps the caller
 * in the session.
 */
@WebServlet(LoginServlet.CALLBACK_PATH)
public class LoginCallbackServlet extends HttpServlet {

  private static final System.Logger LOG = System.getLogger(LoginCallbackServlet.class.getName());
  /** A login page left open longer than this must be started again. */
  private static final Duration LOGIN_TIMEOUT = Duration.ofMinutes(15);

  @Inject OrganisationRepository organisations;
  @Inject TrustedIssuers trustedIssuers;
  @Inject AccessTokenVerifier accessTokens;
  @Inject PlatformConfig config;
  @Inject LanguageChoice language;
  @Inject WebLoginAudit audit; // issue 5: every web login and failed login is audited

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    PendingLogin pending =
        session == null ? null : (PendingLogin) session.getAttribute(PendingLogin.ATTRIBUTE);
    if (pending == null || pending.startedAt().plus(LOGIN_TIMEOUT).isBefore(Instant.now())) {
      audit.loginFailed(pending == null ? null : pending.organisationCode(), "no login in progress or login timed out", request);
      startAgain(request, response, "error.loginTimedOut");
      return;
    }
    session.removeAttribute(PendingLogin.ATTRIBUTE);
    Organisation organisation =
        organisations.findByCode(new OrganisationCode(pending.organisationCode())).orElse(null);
    if (organisation == null || !organisation.isActive()) {
      audit.loginFailed(pending.organisationCode(), "organisation unknown or suspended", request);
      WebErrors.send(response, language.locale(request), HttpServletResponse.SC_FORBIDDEN,
          "error.refused.title", "error.refused.text");
      return;
    }
    try {
      URI callback = URI.create(request.getRequestURL() + "?" + request.getQueryString());
      AuthorizationResponse answer = AuthorizationResponse.parse(callback);
      if (answer.getState() == null || !pending.state().equals(answer.getState().getValue())) {
        audit.loginFailed(pending.organisationCode(), "state does not match the login started", request);
        startAgain(request, response, "error.loginMismatch");
        return;
      }
      if (!answer.indicatesSuccess()) {
        audit.loginFailed(pending.organisationCode(), "realm answered " + answer.toErrorResponse().getErrorObject().getCode(), request);
        startAgain(request, response, "error.loginNotCompleted", answer.toErrorResponse().getErrorObject().getCode());
        return;
      }
      AuthorizationCode code = answer.toSuccessResponse().getAuthorizationCode();
      WebSession webSession = redeem(request, organisation, pending, code);
      audit.loggedIn(webSession.caller(), request); // before the session holds the caller
      request.changeSessionId();
      webSession.storeIn(session);
      LOG.log(
          Level.INFO,
          "Web login of {0} from {1}",
          webSession.caller().username(),
          webSession.caller().organisationCode());
      response.sendRedirect(request.getContextPath() + "/app/home.xhtml");
    } catch (ParseException | TokenRejectedException e) {
      LOG.log(Level.WARNING, "Web login refused: " + e.getMessage());
      audit.loginFailed(pending.organisationCode(), e.getMessage(), request);
      startAgain(request, response, "error.loginNotVerified");
    } catch (AccountDisabledException e) {
      audit.loginFailed(pending.organisationCode(), "account disabled", request);
      WebErrors.sendText(response, language.locale(request), HttpServletResponse.SC_FORBIDDEN, "error.refused.title",
          english(request) ? e.getMessage() : UiText.of(language.locale(request), "common", "error.accountDisabled"));
    } catch (OrganisationSuspendedException e) {
      audit.loginFailed(pending.organisationCode(), "organisation suspended", request);
      WebErrors.sendText(response, language.locale(request), HttpServletResponse.SC_FORBIDDEN, "error.refused.title",
          english(request) ? e.getMessage() : UiText.of(language.locale(request), "common", "error.refused.text"));
    } catch (IdentityProviderUnavailableException e) {
      audit.loginFailed(pending.organisationCode(), "identity provider unavailable", request);
      WebErrors.send(response, language.locale(request), HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "error.loginUnavailable.title", "error.loginUnavailable.yours");
    }
  }

  private WebSession redeem(
      HttpServletRequest request,
      Organisation organisation,
      PendingLogin pending,
      AuthorizationCode code)
      throws IdentityProviderUnavailableException,
          ParseException,
          TokenRejectedException,
          OrganisationSuspendedException,
          AccountDisabledException {
    OIDCProviderMetadata provider = trustedIssuers.metadata(organisation);
    ClientID client = new ClientID(config.webClientId());
    URI callback = config.publicUrl().resolve(request.getContextPath() + LoginServlet.CALLBACK_PATH);
    TokenRequest tokenRequest =
        new TokenRequest(
            provider.getTokenEndpointURI(),
            client,
            new AuthorizationCodeGrant(code, callback, new CodeVerifier(pending.codeVerifier())));
    TokenResponse tokenResponse;
    try {
      HTTPRequest http = tokenRequest.toHTTPRequest();
      http.setConnectTimeout(2_000);
      http.setReadTimeout(5_000);
      tokenResponse = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException e) {
      throw new IdentityProviderUnavailableException(organisation.issuer(), e);
    }
    if (!tokenResponse.indicatesSuccess()) {
      throw new TokenRejectedException(
          "token endpoint refused the code: "
              + tokenResponse.toErrorResponse().getErrorObject().getCode());
    }
    OIDCTokenResponse tokens = (OIDCTokenResponse) tokenResponse.toSuccessResponse();
    JWT idToken = tokens.getOIDCTokens().getIDToken();
    IDTokenValidator validator =
        new IDTokenValidator(
            new Issuer(organisation.issuer()),
            client,
            new JWSVerificationKeySelector<SecurityContext>(
                AccessTokenVerifier.allowedAlgorithms(), trustedIssuers.keys(organisation)),
            null);
    try {
      validator.validate(idToken, new Nonce(pending.nonce()));
    } catch (Exception e) {
      throw new TokenRejectedException("ID token invalid: " + e.getMessage(), e);
    }
    Caller caller = accessTokens.verify(tokens.getOIDCTokens().getAccessToken().getValue());
    return new WebSession(caller, idToken.serialize(), Instant.now());
  }

  private void startAgain(HttpServletRequest request, HttpServletResponse response, String whyKey, Object... arguments)
      throws IOException {
    Locale locale = language.locale(request);
    WebErrors.send(response, locale, HttpServletResponse.SC_BAD_REQUEST, "error.loginAgain.title",
        "error.loginAgain.text", UiText.of(locale, "common", whyKey, arguments));
  }

  /** English pages show the refusal's own (English) message, which is more precise. */
  private boolean english(HttpServletRequest request) {
    return language.locale(request).getLanguage().equals(Languages.DEFAULT.getLanguage());
  }
}
