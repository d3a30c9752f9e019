/**
 * Cryptographic core of the tamper-evident audit log (DESIGN.md section 5): the RFC 6962 / RFC
 * 9162 Merkle tree over audit events, kept incrementally in any {@link
 * icc.platform.crypto.transparency.NodeStore}; inclusion and consistency proofs and their
 * verification; C2SP {@code tlog-checkpoint} tree heads signed as C2SP signed notes with
 * Ed25519; the canonical JSON (RFC 8785) that gives each event one byte form; and the offline
 * {@code audit} verifier that a State runs on an export with nothing but the platform's
 * verifier key.
 *
 * <p>Plain JDK, no Jakarta EE: the server wraps these classes, the verifier runs them offline.
 */
package icc.platform.crypto.transparency;
