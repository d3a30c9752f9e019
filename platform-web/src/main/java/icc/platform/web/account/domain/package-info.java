/** Accounts feature: domain layer. */
package icc.platform.web.account.domain;
