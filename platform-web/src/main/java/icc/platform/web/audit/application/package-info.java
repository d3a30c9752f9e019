/**
 * What other features call: {@link icc.platform.web.audit.application.AuditTrail} records events
 * (in the caller's transaction, or in its own for denials and logins), the reader answers entry,
 * proof and export requests, and the checkpoint service signs tree heads.
 */
package icc.platform.web.audit.application;
