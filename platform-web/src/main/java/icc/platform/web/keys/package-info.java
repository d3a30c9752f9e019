/**
 * Organisation keys held by the platform (custodial model, docs/exchange.md "Keys"): the platform
 * CA, TSA and master key in the private key folder, and each organisation's signing and encryption
 * keys, enrolled with the CA on first need and stored wrapped by the master key.
 */
package icc.platform.web.keys;
