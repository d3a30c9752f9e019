/**
 * MariaDB storage of the log (node hashes, tree head, events, checkpoints), the platform's audit
 * signing key in a PKCS#12 key store, and the checkpoint schedule.
 */
package icc.platform.web.audit.infrastructure;
