package icc.platform.web.request.application;

import icc.platform.web.exchange.domain.ExchangeThread;
import icc.platform.web.request.domain.AssetEvent;
import icc.platform.web.request.domain.Challenge;
import icc.platform.web.request.domain.CooperationRequest;
import icc.platform.web.request.domain.DeadlineExplanation;
import icc.platform.web.request.domain.Finding;
import icc.platform.web.request.domain.RequestAction;
import icc.platform.web.request.domain.Side;
import icc.platform.web.request.domain.Transition;
import java.util.List;

/**
 * A request as one of its two sides sees it: the structure, its timeline and outcomes, and what
 * the caller may do now. Messages and documents stay in the exchange API (same thread id).
 */
public record RequestDetails(
    CooperationRequest request, ExchangeThread thread, Side side, List<Transition> transitions, List<AssetEvent> assetEvents,
    List<Challenge> challenges, List<DeadlineExplanation> explanations, List<RequestAction> allowedActions,
    boolean mayReportAssets, List<Finding> completeness) {}
