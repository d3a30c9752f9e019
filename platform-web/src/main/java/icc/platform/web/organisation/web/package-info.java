/** The operators' page for the organisations: onboarding, suspension, reinstatement. */
package icc.platform.web.organisation.web;
