package icc.platform.web.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import icc.platform.web.organisation.domain.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-issuer OIDC metadata and key sets, for issuers taken from the organisation registry only.
 *
 * <p>The metadata is discovered from the <em>registered</em> issuer (OIDC Discovery 1.0 section 4,
 * which also checks that the metadata names the same issuer), never from a URL found in a token.
 * One cached JWKS per issuer: Nimbus refreshes it when a token names an unknown key id (key
 * rotation) with a rate limit, so a flood of forged key ids cannot hammer the realm.
 *
 * <p>Only public material is cached here, so a per-node cache is safe in a cluster; whether an
 * organisation is still active is read from the registry on every request.
 */
@ApplicationScoped
public class TrustedIssuers {

  private static final int CONNECT_TIMEOUT_MS = 2_000;
  private static final int READ_TIMEOUT_MS = 3_000;
  private static final int MAX_DOCUMENT_BYTES = 256 * 1024;

  private final Map<String, OIDCProviderMetadata> metadata = new ConcurrentHashMap<>();
  private final Map<String, JWKSource<SecurityContext>> keySets = new ConcurrentHashMap<>();

  /** The provider metadata of the organisation's realm (authorization, token, logout endpoints). */
  public OIDCProviderMetadata metadata(Organisation organisation)
      throws IdentityProviderUnavailableException {
    String issuer = organisation.issuer();
    OIDCProviderMetadata known = metadata.get(issuer);
    if (known != null) {
      return known;
    }
    try {
      OIDCProviderMetadata resolved =
          OIDCProviderMetadata.resolve(new Issuer(issuer), CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
      metadata.put(issuer, resolved);
      return resolved;
    } catch (GeneralException | IOException e) {
      throw new IdentityProviderUnavailableException(issuer, e);
    }
  }

  /** The cached key set of the organisation's realm. */
  public JWKSource<SecurityContext> keys(Organisation organisation)
      throws IdentityProviderUnavailableException {
    String issuer = organisation.issuer();
    JWKSource<SecurityContext> known = keySets.get(issuer);
    if (known != null) {
      return known;
    }
    OIDCProviderMetadata providerMetadata = metadata(organisation);
    try {
      JWKSource<SecurityContext> source =
          JWKSourceBuilder.<SecurityContext>create(
                  providerMetadata.getJWKSetURI().toURL(),
                  new DefaultResourceRetriever(
                      CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, MAX_DOCUMENT_BYTES))
              .retrying(true)
              .build();
      JWKSource<SecurityContext> raced = keySets.putIfAbsent(issuer, source);
      return raced != null ? raced : source;
    } catch (MalformedURLException e) {
      throw new IdentityProviderUnavailableException(issuer, e);
    }
  }
}
