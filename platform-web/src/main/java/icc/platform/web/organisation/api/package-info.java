/** The organisation registry over HTTP: the list for everybody, onboarding and suspension for operators. */
package icc.platform.web.organisation.api;
