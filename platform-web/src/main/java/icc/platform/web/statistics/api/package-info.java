/** The statistics API under {@code /api/v1/statistics}: JSON tables, CSV and PDF exports, sharing opt-in. */
package icc.platform.web.statistics.api;
