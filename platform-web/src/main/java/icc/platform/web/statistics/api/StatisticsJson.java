package icc.platform.web.statistics.api;

import icc.platform.web.statistics.application.RequestTable;
import icc.platform.web.statistics.domain.AssetValue;
import icc.platform.web.statistics.domain.Audience;
import icc.platform.web.statistics.domain.ChallengeRanking;
import icc.platform.web.statistics.domain.ChallengeRow;
import icc.platform.web.statistics.domain.FigureRow;
import icc.platform.web.statistics.domain.Measure;
import icc.platform.web.statistics.domain.StatisticsFilter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/**
 * The JSON of the statistics: every measure is present in every row, a suppressed one as
 * {@code null} and named in the row's {@code suppressed} array (docs/statistics.md).
 */
final class StatisticsJson {

  /**
   * One factory for every builder: {@code Json.createObjectBuilder()} looks the JSON-P provider
   * up through the ServiceLoader on every call, which in the EAR's class loaders scans every
   * library (seen with jstack: most of a cached table's response time went there).
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());

  private StatisticsJson() {}

  static JsonObject table(RequestTable table) {
    JsonArrayBuilder rows = JSON.createArrayBuilder();
    for (FigureRow row : table.rows()) {
      JsonObjectBuilder r = JSON.createObjectBuilder().add("unit", row.unit()).add("group", row.group());
      JsonArrayBuilder suppressed = JSON.createArrayBuilder();
      for (Measure m : Measure.values()) {
        if (table.audience() == Audience.Kind.VOLUMES && !m.volume()) {
          continue;
        }
        if (row.isSuppressed(m)) {
          suppressed.add(m.key());
        }
        number(r, m.key(), row.get(m));
      }
      JsonArrayBuilder values = JSON.createArrayBuilder();
      for (AssetValue v : row.assetValues()) {
        JsonObjectBuilder value = JSON.createObjectBuilder().add("step", v.step().name()).add("currency", v.currency());
        number(value, "estimatedValue", v.amount());
        value.add("suppressed", v.suppressed());
        values.add(value);
      }
      if (table.audience() != Audience.Kind.VOLUMES) {
        r.add("assetValues", values);
      }
      rows.add(r.add("suppressed", suppressed));
    }
    return JSON.createObjectBuilder()
        .add("filter", filter(table.filter()))
        .add("audience", table.audience().name())
        .add("computedAt", table.computedAt().toString())
        .add("rows", rows)
        .build();
  }

  static JsonObject challenges(StatisticsFilter filter, ChallengeRanking ranking) {
    JsonArrayBuilder rows = JSON.createArrayBuilder();
    for (ChallengeRow row : ranking.rows()) {
      JsonObjectBuilder trend = JSON.createObjectBuilder();
      JsonArrayBuilder suppressed = JSON.createArrayBuilder();
      for (String p : ranking.periods()) {
        Long n = row.shown(p);
        if (n == null) {
          trend.addNull(p);
          suppressed.add(p);
        } else {
          trend.add(p, n);
        }
      }
      JsonObjectBuilder r = JSON.createObjectBuilder().add("unit", row.unit()).add("code", row.code());
      if (row.shownTotal() == null) {
        r.addNull("total");
        suppressed.add("total");
      } else {
        r.add("total", row.shownTotal());
      }
      rows.add(r.add("trend", trend).add("suppressed", suppressed));
    }
    JsonArrayBuilder periods = JSON.createArrayBuilder();
    ranking.periods().forEach(periods::add);
    return JSON.createObjectBuilder().add("filter", filter(filter)).add("periods", periods).add("rows", rows).build();
  }

  private static JsonObject filter(StatisticsFilter f) {
    JsonObjectBuilder b = JSON.createObjectBuilder()
        .add("from", f.from().toString())
        .add("to", f.to().toString())
        .add("groupBy", f.groupBy().name())
        .add("granularity", f.granularity().name());
    f.type().ifPresent(t -> b.add("type", t));
    f.region().ifPresent(r -> b.add("region", r.name()));
    f.state().ifPresent(s -> b.add("state", s));
    return b.build();
  }

  private static void number(JsonObjectBuilder b, String name, Number n) {
    if (n == null) {
      b.addNull(name);
    } else if (n instanceof BigDecimal d) {
      b.add(name, d);
    } else {
      b.add(name, n.longValue());
    }
  }
}
