/**
 * Cryptography of the platform as a plain Java library on Bouncy Castle: keys and certificates
 * of organisations, signatures with timestamps, streaming encryption of documents and the
 * hashing behind the tamper-evident audit log. No Jakarta EE import, so that anyone can run it
 * offline. This package holds the exception hierarchy and the algorithm choices.
 */
package icc.platform.crypto;
