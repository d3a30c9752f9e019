/** API of the caller's notification settings. */
package icc.platform.web.notification.api;
