/**
 * Notifications by email (issue 6; reminders of issues 7 and 8, docs/notifications.md): an
 * outbox written in the transaction of the action that causes it, a delivery worker that mails
 * it afterwards, and each user's choice whether to receive such mails. A mail says only that
 * something is waiting on the platform: never a subject, a name, an organisation or any content.
 */
package icc.platform.web.notification;
