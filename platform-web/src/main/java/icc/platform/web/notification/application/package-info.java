/** Writing notifications to the outbox, delivering them, and the users' preferences. */
package icc.platform.web.notification.application;
