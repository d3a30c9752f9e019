/**
 * Custody of private keys at rest: organisation keys are stored wrapped by a master key that
 * lives in a key store, a PKCS#12 file in development and a PKCS#11 token (HSM) in production,
 * where the master key is non-extractable and wrapping happens inside the token.
 */
package icc.platform.crypto.custody;
