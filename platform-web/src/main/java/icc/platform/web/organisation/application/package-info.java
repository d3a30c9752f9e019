/**
 * Administration of the organisations by the platform operators: onboarding a State (its realm,
 * its registry entry, its first administrator, all or nothing), suspension and reinstatement.
 * Operators manage accounts; they never read content.
 */
package icc.platform.web.organisation.application;
