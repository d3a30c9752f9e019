/**
 * Black-box tests of the packaged platform: the EAR deployed on a real Payara with a real
 * MariaDB, tokens from a real Keycloak, pages in a real Chromium. The build starts the whole
 * stack with {@code ops/platform up} in the test profile before these run.
 */
package icc.platform.it;
