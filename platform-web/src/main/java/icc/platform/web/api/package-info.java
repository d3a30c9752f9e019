/** The JAX-RS application under {@code /api/v1}: its OpenAPI description, error bodies and authentication filters. */
package icc.platform.web.api;
