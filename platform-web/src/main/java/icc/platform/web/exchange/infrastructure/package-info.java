/**
 * JPA repository of threads (access rules in the queries) and the file store of encrypted
 * documents under PLATFORM_DATA_DIR, with the clean-up of what a crash left behind.
 */
package icc.platform.web.exchange.infrastructure;
