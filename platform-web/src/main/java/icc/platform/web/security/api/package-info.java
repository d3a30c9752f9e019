/** API operations about the caller itself, such as {@code GET /api/v1/me}. */
package icc.platform.web.security.api;
