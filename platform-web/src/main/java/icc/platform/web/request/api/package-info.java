/** The {@code /api/v1/requests} resource for national systems and the Court, with its DTOs and error mapping. */
package icc.platform.web.request.api;
