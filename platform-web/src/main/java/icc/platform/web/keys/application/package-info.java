/** Gives features an organisation's credentials, enrolling the organisation on first need. */
package icc.platform.web.keys.application;
