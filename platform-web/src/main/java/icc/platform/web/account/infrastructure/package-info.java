/** Accounts feature: infrastructure layer. */
package icc.platform.web.account.infrastructure;
