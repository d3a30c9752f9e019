/**
 * The audit event (who, what, when, from where, outcome) and its canonical encoding, the stored
 * entries and checkpoints, and the interfaces of the log and checkpoint stores.
 */
package icc.platform.web.audit.domain;
