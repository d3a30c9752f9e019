/** Accounts feature: api layer. */
package icc.platform.web.account.api;
