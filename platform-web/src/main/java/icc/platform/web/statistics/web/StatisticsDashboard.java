package icc.platform.web.statistics.web;

import icc.platform.web.security.PlatformRole;
import icc.platform.web.security.web.PageRoles;
import icc.platform.web.security.web.SessionView;
import icc.platform.web.statistics.application.RequestTable;
import icc.platform.web.statistics.application.StatisticsService;
import icc.platform.web.statistics.domain.Audience;
import icc.platform.web.statistics.domain.ChallengeRanking;
import icc.platform.web.statistics.domain.ChallengeRow;
import icc.platform.web.statistics.domain.FigureRow;
import icc.platform.web.statistics.domain.GroupBy;
import icc.platform.web.statistics.domain.Granularity;
import icc.platform.web.statistics.domain.Measure;
import icc.platform.web.statistics.domain.RegionGroup;
import icc.platform.web.statistics.domain.StatisticsException;
import icc.platform.web.statistics.domain.StatisticsFilter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Backing bean of {@code /app/statistics/index.xhtml}: the filters are a GET form read through
 * view parameters (bookmarkable, no script); the charts are Chart.js configurations for
 * {@code p:chart}; every chart has its table. Same use cases and rules as the API.
 */
@Named
@RequestScoped
public class StatisticsDashboard {

  /** The measures of the outcomes chart and table (they add up to "received"). */
  static final List<Measure> OUTCOMES = List.of(
      Measure.EXECUTED, Measure.PARTIALLY_EXECUTED, Measure.DECLINED, Measure.WITHDRAWN, Measure.PENDING);
  static final List<Measure> TIMES = List.of(
      Measure.ACKNOWLEDGE_MEDIAN_DAYS, Measure.ACKNOWLEDGE_P90_DAYS, Measure.EXECUTE_MEDIAN_DAYS,
      Measure.EXECUTE_P90_DAYS, Measure.PAST_DEADLINE_SHARE);
  private static final String[] COLOURS = {"#2e7d32", "#81c784", "#c62828", "#9e9e9e", "#f9a825", "#1565c0", "#6a1b9a"};

  @Inject SessionView session;
  @Inject StatisticsService statistics;

  private String from;
  private String to;
  private String type;
  private String region;
  private String state;
  private String groupBy;
  private String granularity;
  private RequestTable table;
  private ChallengeRanking challenges;
  private Audience audience;
  private boolean sharing;

  @PostConstruct
  void requireRole() {
    PageRoles.requireAny(session.getCaller(), "Statistics are for the Court, focal points and platform administrators",
        PlatformRole.COURT_ANALYST_NAME, PlatformRole.COURT_REQUESTER_NAME, PlatformRole.FOCAL_POINT_NAME,
        PlatformRole.PLATFORM_ADMIN_NAME);
  }

  /** View action: computes the tables for the filters of the request. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getResponseComplete()) {
      return;
    }
    try {
      audience = statistics.audience(session.getCaller());
      if (audience.kind() == Audience.Kind.VOLUMES && (groupBy == null || groupBy.isBlank())) {
        groupBy = GroupBy.TYPE.name();
      }
      StatisticsFilter filter = StatisticsFilter.parse(from, to, type, region, state, groupBy, granularity);
      from = filter.from().toString();
      to = filter.to().toString();
      groupBy = filter.groupBy().name();
      granularity = filter.granularity().name();
      table = statistics.requests(session.getCaller(), filter);
      challenges = statistics.challenges(session.getCaller(), filter);
      if (audience.kind() == Audience.Kind.STATE) {
        sharing = statistics.sharing(session.getCaller());
      }
    } catch (StatisticsException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  /** Opt in to share the State's figures by name (focal points; audited). */
  public String optIn() {
    statistics.optIn(session.getCaller(), remoteAddress());
    return "/app/statistics/index?faces-redirect=true";
  }

  public String optOut() {
    statistics.optOut(session.getCaller(), remoteAddress());
    return "/app/statistics/index?faces-redirect=true";
  }

  private static String remoteAddress() {
    return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
  }

  public boolean isLoaded() {
    return table != null;
  }

  public boolean isStateView() {
    return audience != null && audience.kind() == Audience.Kind.STATE;
  }

  public boolean isVolumesOnly() {
    return audience != null && audience.kind() == Audience.Kind.VOLUMES;
  }

  public String getScope() {
    return audience == null ? "" : bundle().getString("scope." + audience.kind().name());
  }

  public boolean isSharing() {
    return sharing;
  }

  /** The rows of the table but the total (the charts' categories). */
  public List<FigureRow> getRows() {
    return table == null ? List.of() : table.rows().stream().filter(r -> !r.isTotal()).toList();
  }

  /** Every row, total last (the tables). */
  public List<FigureRow> getAllRows() {
    return table == null ? List.of() : table.rows();
  }

  public List<ChallengeRow> getChallengeRows() {
    return challenges == null ? List.of() : challenges.rows();
  }

  public List<String> getPeriods() {
    return challenges == null ? List.of() : challenges.periods();
  }

  public List<Measure> getOutcomeMeasures() {
    return OUTCOMES;
  }

  public List<Measure> getTimeMeasures() {
    return TIMES;
  }

  /** A cell of a table: the number, or the word for "suppressed", or a dash. */
  public String cell(FigureRow row, String measure) {
    Measure m = Arrays.stream(Measure.values()).filter(x -> x.key().equals(measure)).findFirst().orElseThrow();
    if (row.isSuppressed(m)) {
      return bundle().getString("suppressed");
    }
    Number n = row.get(m);
    return n == null ? "–" : n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString();
  }

  public String challengeCell(ChallengeRow row, String period) {
    Long n = period == null ? row.shownTotal() : row.shown(period);
    return n == null ? bundle().getString("suppressed") : n.toString();
  }

  /** The label of a row: its unit and group in words. */
  public String label(FigureRow row) {
    return rowLabel(row.unit(), row.group());
  }

  public String challengeLabel(ChallengeRow row) {
    return row.isTotal() ? bundle().getString("group.TOTAL")
        : (Audience.ALL.equals(row.unit()) ? "" : word(row.unit()) + " · ") + row.code();
  }

  private String rowLabel(String unit, String group) {
    if (FigureRow.TOTAL.equals(group)) {
      return bundle().getString("group.TOTAL");
    }
    if (unit.equals(group) || Audience.ALL.equals(unit)) {
      return word(group);
    }
    return word(unit) + " · " + word(group);
  }

  private String word(String key) {
    ResourceBundle b = bundle();
    for (String prefix : List.of("unit.", "region.", "group.")) {
      if (b.containsKey(prefix + key)) {
        return b.getString(prefix + key);
      }
    }
    return key;
  }

  public String getOutcomesChart() {
    List<ChartConfig.Series> series = new ArrayList<>();
    for (int i = 0; i < OUTCOMES.size(); i++) {
      Measure m = OUTCOMES.get(i);
      series.add(new ChartConfig.Series(measureLabel(m), COLOURS[i], getRows().stream().map(r -> r.get(m)).toList()));
    }
    return ChartConfig.bar(getRows().stream().map(this::label).toList(), series, true, false);
  }

  public String getTimesChart() {
    List<ChartConfig.Series> series = new ArrayList<>();
    List<Measure> shown = TIMES.subList(0, 4);
    for (int i = 0; i < shown.size(); i++) {
      Measure m = shown.get(i);
      series.add(new ChartConfig.Series(measureLabel(m), COLOURS[i + 3 > 6 ? 6 : i + 3], getRows().stream().map(r -> r.get(m)).toList()));
    }
    List<String> labels = getRows().stream().map(this::label).toList();
    return GroupBy.PERIOD.name().equals(groupBy) ? ChartConfig.line(labels, series) : ChartConfig.bar(labels, series, false, false);
  }

  public String getChallengesChart() {
    List<ChallengeRow> rows = getChallengeRows().stream().filter(r -> !r.isTotal()).toList();
    return ChartConfig.bar(rows.stream().map(this::challengeLabel).toList(),
        List.of(new ChartConfig.Series(bundle().getString("table.total"), COLOURS[5], rows.stream().map(ChallengeRow::shownTotal).toList())),
        false, true);
  }

  public String measureLabel(Measure m) {
    return bundle().getString("measure." + m.key());
  }

  /** The export link's query string: the filters as shown. */
  public String exportQuery(String format) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("format", format);
    params.put("from", from);
    params.put("to", to);
    params.put("type", type);
    params.put("region", region);
    params.put("state", state);
    params.put("groupBy", groupBy);
    params.put("granularity", granularity);
    StringBuilder q = new StringBuilder();
    params.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    });
    return q.toString();
  }

  public List<String> getTypes() {
    return statistics.requestTypes();
  }

  public List<String> getStates() {
    return audience == null ? List.of() : statistics.choosableStates(session.getCaller());
  }

  public List<RegionGroup> getRegions() {
    return List.of(RegionGroup.values());
  }

  public List<GroupBy> getGroupings() {
    return isVolumesOnly() ? List.of(GroupBy.TYPE, GroupBy.PERIOD) : List.of(GroupBy.values());
  }

  public List<Granularity> getGranularities() {
    return List.of(Granularity.values());
  }

  private static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "stats");
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getGroupBy() {
    return groupBy;
  }

  public void setGroupBy(String groupBy) {
    this.groupBy = groupBy;
  }

  public String getGranularity() {
    return granularity;
  }

  public void setGranularity(String granularity) {
    this.granularity = granularity;
  }
}
