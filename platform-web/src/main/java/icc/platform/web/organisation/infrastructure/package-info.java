/** JPA implementation of the organisation registry and its bootstrap at start-up. */
package icc.platform.web.organisation.infrastructure;
