/**
 * The tamper-evident audit trail (DESIGN.md section 5, issue 5): every audited action appends one
 * event to an RFC 6962 Merkle log in the same database transaction, the platform signs
 * checkpoints of the log, and the API hands out events, proofs and exports that a State verifies
 * offline with {@code platform-verify audit}.
 */
package icc.platform.web.audit;
