/** Request use cases: each one transaction with its audit event and, for transitions, its signature. */
package icc.platform.web.request.application;
