package icc.platform.web.statistics.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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

  private ChartConfig() {}

  static String bar(List<String> labels, List<Series> series, boolean stacked, boolean horizontal) {
    JsonObjectBuilder scales = Json.createObjectBuilder()
        .add("x", Json.createObjectBuilder().add("stacked", stacked))
        .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true));
    JsonObjectBuilder options = Json.createObjectBuilder().add("scales", scales).add("animation", false)
        .add("maintainAspectRatio", false);
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return config("bar", labels, series, options);
  }

  static String line(List<String> labels, List<Series> series) {
    JsonObjectBuilder options = Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
    return config("line", labels, series, options);
  }

  private static String config(String type, List<String> labels, List<Series> series, JsonObjectBuilder options) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Number n : s.values()) {
        if (n == null) {
          data.addNull();
        } else if (n instanceof java.math.BigDecimal d) {
          data.add(d);
        } else {
          data.add(n.longValue());
        }
      }
      datasets.add(Json.createObjectBuilder().add("label", s.label()).add("backgroundColor", s.colour())
          .add("borderColor", s.colour()).add("data", data));
    }
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    return Json.createObjectBuilder().add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
        .add("options", options).build().toString();
  }
}
