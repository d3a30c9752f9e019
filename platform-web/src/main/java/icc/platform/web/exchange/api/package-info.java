/**
 * The exchange API under {@code /api/v1/threads} for national systems and the Court: thin
 * resources, DTOs mapped in {@link icc.platform.web.exchange.api.ExchangeDtos}, business outcomes
 * mapped to HTTP in {@link icc.platform.web.exchange.api.ExchangeExceptionMapper}.
 */
package icc.platform.web.exchange.api;
