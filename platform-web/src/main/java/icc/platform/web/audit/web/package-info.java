/**
 * The auditor's pages ({@code /app/audit/}): search the log, see what verified, download an
 * export with its checkpoint for {@code platform-verify audit}.
 */
package icc.platform.web.audit.web;
