/**
 * Languages of the user interface: English and French, the Court's working languages (Rome
 * Statute art. 50(2)). Which one a person sees, how the choice is remembered, and how Java code
 * reads the resource bundles in {@code i18n/}.
 */
package icc.platform.web.shared.i18n;
