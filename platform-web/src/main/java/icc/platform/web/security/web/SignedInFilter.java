package icc.platform.web.security.web;

import icc.platform.web.account.domain.AccountBlocks;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationRepository;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Guards the signed-in pages under {@code /app/}: without a web session the browser goes back to
 * the start page; if the caller's organisation was suspended since login, the session ends at
 * once (DESIGN.md section 2: a suspended organisation loses access including open sessions).
 */
@WebFilter("/app/*")
public class SignedInFilter extends HttpFilter {

  /**
   * However active, a web session ends this long after login (the idle timeout, 30 minutes, is in
   * web.xml); the realm's own SSO session lives no longer either (ssoSessionMaxLifespan).
   */
  static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(10);

  @Inject OrganisationRepository organisations;
  @Inject AccountBlocks blocks;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    Optional<WebSession> web = WebSession.of(session);
    if (web.isEmpty()) {
      response.sendRedirect(request.getContextPath() + "/");
      return;
    }
    if (web.get().loggedInAt().plus(ABSOLUTE_TIMEOUT).isBefore(Instant.now())) {
      session.invalidate();
      response.sendRedirect(request.getContextPath() + "/");
      return;
    }
    boolean active =
        organisations
            .findByCode(new OrganisationCode(web.get().caller().organisationCode()))
            .map(Organisation::isActive)
            .orElse(false);
    if (!active || blocks.isBlocked(web.get().caller().issuer(), web.get().caller().subject())) {
      session.invalidate();
      response.sendRedirect(request.getContextPath() + "/?suspended");
      return;
    }
    chain.doFilter(request, response);
  }
}
