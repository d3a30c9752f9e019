package icc.platform.web.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import icc.platform.web.account.domain.AccountBlocks;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.shared.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies an access token from any registered realm and says who is calling.
 *
 * <p>Order matters: the issuer is read from the not-yet-trusted token only to look it up, byte
 * for byte, in the registry; an unknown issuer is refused before any network access, so a token
 * can never make the platform fetch keys from a URL of its choosing. Then the signature (with an
 * algorithm allow-list: asymmetric only, so {@code none} and HMAC tricks fail), {@code iss},
 * {@code aud}, {@code exp}, {@code nbf} and {@code sub} are checked by Nimbus JOSE+JWT.
 */
@ApplicationScoped
public class AccessTokenVerifier {

  /** Asymmetric algorithms Keycloak signs with; never {@code none} nor HS*. */
  static final Set<JWSAlgorithm> ALLOWED_ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.EdDSA);

  private static final int MAX_TOKEN_LENGTH = 16 * 1024;

  /**
   * Clock difference tolerated with the realms for {@code exp}/{@code nbf}. Servers keep time by
   * NTP; a small window keeps an expired token from living on for a minute (Nimbus' default).
   */
  static final int MAX_CLOCK_SKEW_SECONDS = 10;

  /** The signature algorithms accepted from any realm, for access and ID tokens alike. */
  public static Set<JWSAlgorithm> allowedAlgorithms() {
    return ALLOWED_ALGORITHMS;
  }

  @Inject OrganisationRepository organisations;
  @Inject TrustedIssuers trustedIssuers;
  @Inject PlatformConfig config;
  @Inject AccountBlocks blocks;

  public Caller verify(String token)
      throws TokenRejectedException,
          OrganisationSuspendedException,
          AccountDisabledException,
          IdentityProviderUnavailableException {
    if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
      throw new TokenRejectedException("The bearer token is missing or too long");
    }
    SignedJWT jwt = parseSigned(token);
    Organisation organisation = registeredIssuerOf(jwt);
    if (!organisation.isActive()) {
      throw new OrganisationSuspendedException(organisation.code().value());
    }
    JWTClaimsSet claims = process(jwt, organisation);
    // Keycloak stops issuing tokens to a disabled user; those already issued are refused here.
    if (blocks.isBlocked(organisation.issuer(), claims.getSubject())) {
      throw new AccountDisabledException();
    }
    return callerFrom(claims, organisation);
  }

  private static SignedJWT parseSigned(String token) throws TokenRejectedException {
    JWT parsed;
    try {
      parsed = JWTParser.parse(token);
    } catch (ParseException e) {
      throw new TokenRejectedException("The bearer token is not a well-formed JWT");
    }
    if (!(parsed instanceof SignedJWT signed)) {
      throw new TokenRejectedException("The bearer token is not signed");
    }
    return signed;
  }

  private Organisation registeredIssuerOf(SignedJWT jwt) throws TokenRejectedException {
    String issuer;
    try {
      issuer = jwt.getJWTClaimsSet().getIssuer();
    } catch (ParseException e) {
      throw new TokenRejectedException("The bearer token's claims are not well-formed");
    }
    if (issuer == null) {
      throw new TokenRejectedException("The bearer token names no issuer");
    }
    return organisations
        .findByIssuer(issuer)
        .filter(o -> o.issuer().equals(issuer))
        .orElseThrow(
            () -> new TokenRejectedException("The token's issuer is not registered on the platform"));
  }

  private JWTClaimsSet process(SignedJWT jwt, Organisation organisation)
      throws TokenRejectedException, IdentityProviderUnavailableException {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, JOSEObjectType.JOSE, null));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(ALLOWED_ALGORITHMS, trustedIssuers.keys(organisation)));
    DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier =
        new DefaultJWTClaimsVerifier<>(
            config.apiAudience(),
            new JWTClaimsSet.Builder().issuer(organisation.issuer()).build(),
            Set.of("sub", "exp", "iat"));
    claimsVerifier.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
    processor.setJWTClaimsSetVerifier(claimsVerifier);
    try {
      return processor.process(jwt, null);
    } catch (KeySourceException e) {
      throw new IdentityProviderUnavailableException(organisation.issuer(), e);
    } catch (BadJOSEException e) {
      throw new TokenRejectedException("The bearer token is not valid: " + e.getMessage());
    } catch (Exception e) {
      throw new TokenRejectedException("The bearer token could not be verified", e);
    }
  }

  static Caller callerFrom(JWTClaimsSet claims, Organisation organisation)
      throws TokenRejectedException {
    try {
      Set<String> roles = new LinkedHashSet<>();
      List<String> claimed = claims.getStringListClaim("roles");
      if (claimed != null) {
        for (String role : claimed) {
          PlatformRole.grantable(role, organisation.kind())
              .ifPresent(r -> roles.add(r.roleName()));
        }
      }
      String username = claims.getStringClaim("preferred_username");
      String clientId = claims.getStringClaim("azp");
      String name = claims.getStringClaim("name");
      return new Caller(
          organisation.code().value(),
          organisation.name(),
          organisation.realm(),
          organisation.issuer(),
          claims.getSubject(),
          username != null ? username : claims.getSubject(),
          name != null ? name : username,
          clientId,
          roles);
    } catch (ParseException e) {
      throw new TokenRejectedException("The bearer token's claims are not well-formed");
    }
  }
}
