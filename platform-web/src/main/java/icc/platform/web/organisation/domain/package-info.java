/**
 * The organisation registry: States, Court units and international organisations, each with the
 * Keycloak realm it trusts and the exact token issuer of that realm. The registry is the only
 * source of trusted issuers (DESIGN.md section 3).
 */
package icc.platform.web.organisation.domain;
