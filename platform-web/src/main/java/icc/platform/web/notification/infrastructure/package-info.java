/** Outbox in MariaDB, recipients from Keycloak, mail through SMTP (Jakarta Mail), the delivery timer. */
package icc.platform.web.notification.infrastructure;
