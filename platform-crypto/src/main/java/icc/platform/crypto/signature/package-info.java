/**
 * Detached CMS signatures (RFC 5652) over documents, with an RFC 3161 timestamp from the
 * platform's own time-stamping authority, and their verification at the timestamp's time.
 */
package icc.platform.crypto.signature;
