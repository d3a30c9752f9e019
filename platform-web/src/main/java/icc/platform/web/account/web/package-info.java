/** The administrators' page for their organisation's accounts. */
package icc.platform.web.account.web;
