package icc.platform.web.statistics.application;

import icc.platform.web.statistics.domain.Audience;
import icc.platform.web.statistics.domain.FigureRow;
import icc.platform.web.statistics.domain.StatisticsFilter;
import java.time.Instant;
import java.util.List;

/** A requests table as its audience may see it: the filter, who it is for, its rows (total last). */
public record RequestTable(StatisticsFilter filter, Audience.Kind audience, Instant computedAt, List<FigureRow> rows) {}
