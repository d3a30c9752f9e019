/**
 * The accounts of an organisation, managed by its own administrator ({@code state-admin} for a
 * State, {@code court-admin} for the Court) in its own realm only, never in another's.
 */
package icc.platform.web.account;
