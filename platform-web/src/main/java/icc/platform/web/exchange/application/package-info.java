/**
 * The exchange use cases: each runs the domain's access and handling rules in one transaction
 * with its audit event; documents are sealed and verified outside transactions, streaming.
 */
package icc.platform.web.exchange.application;
