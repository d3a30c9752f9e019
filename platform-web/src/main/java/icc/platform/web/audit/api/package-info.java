/**
 * {@code /api/v1/audit}: checkpoints, verifier key, proofs, entries and exports; and the hooks
 * that record denied API requests and web logins.
 */
package icc.platform.web.audit.api;
