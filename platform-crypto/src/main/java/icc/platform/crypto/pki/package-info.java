/**
 * The platform's public-key infrastructure: the platform CA, organisation key pairs and
 * certificates (signing, encryption, timestamping), rotation, revocation lists and RFC 5280 path
 * validation at a given time.
 */
package icc.platform.crypto.pki;
