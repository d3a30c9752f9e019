/** The statistics dashboard page and its export downloads in the web session. */
package icc.platform.web.statistics.web;
