/**
 * The statistics model: filters and dimensions, the measures of a row, who sees which States
 * ({@link icc.platform.web.statistics.domain.Audience}) and small-cell suppression. Plain Java.
 */
package icc.platform.web.statistics.domain;
