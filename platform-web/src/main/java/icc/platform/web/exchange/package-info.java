/**
 * Secure exchange (issue 6, docs/exchange.md): threads between organisations, encrypted and
 * signed documents, handling codes enforced by the platform. Everything that decides who may read
 * a document is in this subtree.
 */
package icc.platform.web.exchange;
