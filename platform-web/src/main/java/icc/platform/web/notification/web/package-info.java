/** The settings page where users choose about notification mails. */
package icc.platform.web.notification.web;
