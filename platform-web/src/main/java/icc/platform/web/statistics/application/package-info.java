/** Statistics use cases: the tables for a caller's audience, the audited exports and the opt-in to share. */
package icc.platform.web.statistics.application;
