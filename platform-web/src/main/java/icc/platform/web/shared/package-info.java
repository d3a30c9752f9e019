/** Cross-cutting pieces shared by every feature: configuration, error bodies, database migration. */
package icc.platform.web.shared;
