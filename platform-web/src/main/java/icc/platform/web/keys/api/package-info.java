/** The CA certificate and an organisation's own keys for offline verification and decryption. */
package icc.platform.web.keys.api;
