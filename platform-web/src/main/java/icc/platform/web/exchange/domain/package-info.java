/**
 * Secure exchange between organisations (issue 6): threads, their participants and members,
 * messages, documents, handling codes with the consent they require, and receipts. The rules of
 * who may see and do what live here ({@link icc.platform.web.exchange.domain.ThreadAccess},
 * {@link icc.platform.web.exchange.domain.ExchangeThread}), free of HTTP and crypto.
 */
package icc.platform.web.exchange.domain;
