package icc.platform.web.statistics.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A Chart.js configuration as JSON, the value PrimeFaces' {@code p:chart} takes (PrimeFaces 14+);
 * no script of ours is involved, so the page keeps to PrimeFaces' CSP mode. Suppressed values are
 * null, which Chart.js leaves out.
 */
final class ChartConfig {

  /** One series: its label, colour and values (null where suppressed). */
  record Series(String label, String colour, List<? extends Number> values) {}

  /**
   * One factory for every builder: {@code Json.createObjectBuilder()} looks the JSON-P provider
   * up through the ServiceLoader on every call, which in the EAR's class loaders scans every
   * library (seen with jstack: most of a cached table's response time went there).
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());

  private ChartConfig() {}

  static String bar(List<String> labels, List<Series> series, boolean stacked, boolean horizontal) {
    JsonObjectBuilder scales = JSON.createObjectBuilder()
        .add("x", JSON.createObjectBuilder().add("stacked", stacked))
        .add("y", JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true));
    JsonObjectBuilder options = JSON.createObjectBuilder().add("scales", scales).add("animation", false)
        .add("maintainAspectRatio", false);
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return config("bar", labels, series, options);
  }

  static String line(List<String> labels, List<Series> series) {
    JsonObjectBuilder options = JSON.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder().add("beginAtZero", true)));
    return config("line", labels, series, options);
  }

  private static String config(String type, List<String> labels, List<Series> series, JsonObjectBuilder options) {
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder data = JSON.createArrayBuilder();
      for (Number n : s.values()) {
        if (n == null) {
          data.addNull();
        } else if (n instanceof java.math.BigDecimal d) {
          data.add(d);
        } else {
          data.add(n.longValue());
        }
      }
      datasets.add(JSON.createObjectBuilder().add("label", s.label()).add("backgroundColor", s.colour())
          .add("borderColor", s.colour()).add("data", data));
    }
    JsonArrayBuilder labelArray = JSON.createArrayBuilder();
    labels.forEach(labelArray::add);
    return JSON.createObjectBuilder().add("type", type)
        .add("data", JSON.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
        .add("options", options).build().toString();
  }
}
