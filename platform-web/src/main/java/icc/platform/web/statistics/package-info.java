/**
 * Cooperation statistics (issue 9, docs/statistics.md): disaggregated figures on the States'
 * responses to requests for cooperation and the main challenges (ICC-ASP/18/Res.3 para 36),
 * computed by queries over the live request tables, with who-sees-what and small-cell suppression.
 */
package icc.platform.web.statistics;
