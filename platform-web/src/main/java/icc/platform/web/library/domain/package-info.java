/**
 * The library's model: an entry and its immutable versions, the moderation state machine, who
 * may see what ({@link icc.platform.web.library.domain.Reader}), and the checks on content and
 * files. No Jakarta EE beyond JPA mapping annotations.
 */
package icc.platform.web.library.domain;
