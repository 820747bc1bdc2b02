package kz.edu.leaders.fairness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of one server-rendered SVG bar chart (template fairness/page.mustache): one bar per
 * group from {@code from} to {@code to} on a fixed scale, an optional mark (a median) and an optional
 * dashed line (four fifths of the highest rate). No script and no outside file: the network is closed.
 */
final class BarChart {

  private static final int LABEL_WIDTH = 300;
  private static final int BAR_WIDTH = 330;
  private static final int ROW_HEIGHT = 24;
  /** Dark enough on white for WCAG AA; flagged bars also say so in words. */
  private static final String FILL = "#1f5fa8";
  private static final String FLAGGED_FILL = "#b3261e";

  private final String title;
  private final double scale;
  private final List<Map<String, Object>> rows = new ArrayList<>();
  private Map<String, Object> line;

  BarChart(String title, double scale) {
    this.title = title;
    this.scale = scale;
  }

  /** A group without a bar (hidden, or no figure): its label and why. */
  BarChart empty(String label, String text) {
    rows.add(row(label, text, false));
    return this;
  }

  BarChart bar(String label, double from, double to, Double mark, String text, boolean flagged) {
    Map<String, Object> row = row(label, text, flagged);
    row.put("bar", Map.of("x", x(from), "width", number(Math.max(1, position(to) - position(from))),
        "fill", flagged ? FLAGGED_FILL : FILL));
    if (mark != null) {
      row.put("mark", Map.of("x", x(mark)));
    }
    rows.add(row);
    return this;
  }

  BarChart line(double at, String label) {
    line = Map.of("x", x(at), "label", label);
    return this;
  }

  Map<String, Object> model() {
    Map<String, Object> model = new HashMap<>();
    model.put("title", title);
    model.put("rows", rows);
    model.put("width", LABEL_WIDTH + BAR_WIDTH + 140);
    model.put("height", ROW_HEIGHT * rows.size() + 24);
    model.put("labelX", LABEL_WIDTH - 8);
    model.put("axisX", LABEL_WIDTH);
    model.put("axisBottom", ROW_HEIGHT * rows.size() + 4);
    if (line != null) {
      model.put("line", line);
    }
    return model;
  }

  private Map<String, Object> row(String label, String text, boolean flagged) {
    int y = ROW_HEIGHT * rows.size() + 4;
    Map<String, Object> row = new HashMap<>();
    row.put("label", label);
    row.put("text", text);
    row.put("flagged", flagged);
    row.put("y", y);
    row.put("textY", y + 15);
    row.put("textX", LABEL_WIDTH + BAR_WIDTH + 8);
    return row;
  }

  private String x(double value) {
    return number(position(value));
  }

  private double position(double value) {
    return LABEL_WIDTH + BAR_WIDTH * Math.min(1, Math.max(0, value / scale));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
