/**
 * The platform application: the JAX-RS API under {@code /api/v1}, the Faces pages, and the
 * persistence of the registry and exchanges. Packaged by feature, layered inside each feature
 * ({@code api → application → domain ← infrastructure}).
 */
package icc.platform.web;
