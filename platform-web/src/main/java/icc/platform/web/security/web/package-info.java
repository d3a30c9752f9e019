/**
 * Web login as a backend-for-frontend: the server runs the OIDC authorization code flow with
 * PKCE against the realm of the organisation the user chose; the browser only ever holds the
 * session cookie, never a token.
 */
package icc.platform.web.security.web;
