/** Accounts feature: application layer. */
package icc.platform.web.account.application;
