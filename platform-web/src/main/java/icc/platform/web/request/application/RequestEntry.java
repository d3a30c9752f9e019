package icc.platform.web.request.application;

import icc.platform.web.exchange.domain.ExchangeThread;
import icc.platform.web.request.domain.CooperationRequest;
import icc.platform.web.request.domain.Side;

/** A line of a request list: the request, its thread (title, handling) and the caller's side. */
public record RequestEntry(CooperationRequest request, ExchangeThread thread, Side side) {}
