package kz.edu.leaders.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The fields a task's Camunda Form lets its worker fill in: the only variables a person may write
 * when they complete the task. Text, images and read-only or disabled fields only show values.
 */
final class TaskFormFields {

  /** form-js components that submit what the person typed or chose. */
  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox",
      "checklist", "radio", "select", "taglist", "datetime");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A deployment-bound form never changes for its process definition, so it is read once. */
  private final Map<String, Set<String>> byTaskDefinition = new ConcurrentHashMap<>();

  Set<String> writableBy(TaskEntity task, CommandContext context) {
    CamundaFormRef form = task.getCamundaFormRef();
    if (form == null || form.getKey() == null) {
      return Set.of();
    }
    if (!"deployment".equals(form.getBinding())) {
      return read(task, context);
    }
    return byTaskDefinition.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        ignored -> read(task, context));
  }

  private static Set<String> read(TaskEntity task, CommandContext context) {
    try (InputStream form = new GetDeployedTaskFormCmd(task.getId()).execute(context)) {
      Set<String> keys = new HashSet<>();
      collectInputs(JSON.readTree(form).path("components"), keys);
      return Set.copyOf(keys);
    } catch (IOException e) {
      throw new UncheckedIOException("The form of task " + task.getTaskDefinitionKey() + " cannot be read", e);
    }
  }

  private static void collectInputs(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      boolean input = INPUT_TYPES.contains(component.path("type").asText());
      boolean showsOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      if (input && !showsOnly && component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectInputs(component.path("components"), keys);
    }
  }
}
