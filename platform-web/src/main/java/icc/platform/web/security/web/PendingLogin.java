package icc.platform.web.security.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * A login that was sent to a realm and has not come back yet: the values that bind the answer to
 * this browser session (OIDC {@code state} and {@code nonce}, RFC 7636 PKCE code verifier).
 */
record PendingLogin(
    String organisationCode, String state, String nonce, String codeVerifier, Instant startedAt)
    implements Serializable {

  static final String ATTRIBUTE = PendingLogin.class.getName();
}
