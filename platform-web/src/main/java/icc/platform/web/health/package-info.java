/** MicroProfile Health readiness: the platform is ready when its database and every registered realm answer. */
package icc.platform.web.health;
