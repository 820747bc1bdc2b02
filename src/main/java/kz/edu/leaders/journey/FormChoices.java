package kz.edu.leaders.journey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * What a form offers to choose from, and what it sends back. A select, radio or taglist reads its
 * options from a task variable (form-js {@code valuesKey}): a JSON list of {@code {label, value}}; the
 * chosen value comes back as the form submits it (a string from a select, a list from a taglist) or
 * as the API sends it (a number, a comma-separated text), and is converted here, at the edge.
 */
public final class FormChoices {

  /** One option: what the person reads, and what the form submits when it is chosen. */
  public record Option(String label, String value) {
  }

  /** The data format of such lists. */
  public static final String JSON = "application/json";

  private FormChoices() {
  }

  /** The options as a task variable Tasklist gives the form as a list (JSON, never Java serialization). */
  public static ObjectValue options(List<Option> options) {
    List<Map<String, String>> json = new ArrayList<>();
    for (Option option : options) {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("label", option.label());
      entry.put("value", option.value());
      json.add(entry);
    }
    return Variables.objectValue(json).serializationDataFormat(JSON).create();
  }

  /**
   * An id as chosen: a number (the API), or the digits of a select's value (the form).
   *
   * @return the id as a {@code Long}, or the value as it came when it is no id (for the refusal to name it)
   */
  public static Object id(Object chosen) {
    if (chosen instanceof Number number) {
      return number.longValue();
    }
    if (chosen instanceof String text && text.trim().matches("\\d{1,18}")) {
      return Long.valueOf(text.trim());
    }
    return chosen;
  }

  /**
   * Several values chosen: a taglist's list, or a comma-separated text (the API, older clients).
   *
   * @return the values, trimmed, without blanks, in the order given; none for {@code null}
   */
  public static List<String> values(Object chosen) {
    List<String> values = new ArrayList<>();
    if (chosen instanceof Collection<?> list) {
      list.stream().filter(item -> item != null).map(item -> item.toString().trim()).filter(item -> !item.isEmpty())
          .forEach(values::add);
    } else if (chosen != null) {
      for (String item : chosen.toString().split(",")) {
        if (!item.isBlank()) {
          values.add(item.trim());
        }
      }
    }
    return values;
  }
}
