/**
 * JPA repository, MariaDB InnoDB FULLTEXT search, text extraction from attachments, and the
 * demo entries of development stacks.
 */
package icc.platform.web.library.infrastructure;
