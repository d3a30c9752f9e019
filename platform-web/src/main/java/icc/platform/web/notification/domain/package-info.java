/** The outbox of content-free notifications and the users' mail preferences. */
package icc.platform.web.notification.domain;
