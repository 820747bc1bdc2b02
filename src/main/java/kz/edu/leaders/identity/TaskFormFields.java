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
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The fields a task's (or a start event's) Camunda Form lets a person fill in: the only variables
 * they may write when they complete the task (or start the process). Text, images and read-only or disabled fields only show values.
 */
final class TaskFormFields {

  /** form-js components that submit what the person typed or chose (an expression field: what it computed). */
  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox",
      "checklist", "radio", "select", "taglist", "datetime", "expression");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A deployment-bound form never changes for its process definition, so it is read once. */
  private final Map<String, Set<String>> byFormUse = new ConcurrentHashMap<>();

  Set<String> writableBy(TaskEntity task, CommandContext context) {
    CamundaFormRef form = task.getCamundaFormRef();
    if (form == null || form.getKey() == null) {
      return Set.of();
    }
    return cached("deployment".equals(form.getBinding()), task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        () -> new GetDeployedTaskFormCmd(task.getId()).execute(context));
  }

  /** The start form's fields (a cohort's dates), or none when the process has no Camunda Form to start it. */
  Set<String> writableAtStartOf(ProcessDefinitionEntity definition, CommandContext context) {
    FormDefinition start = definition.getStartFormDefinition();
    CamundaFormRef form = start == null ? null : start.getCamundaFormDefinitionKey() == null ? null
        : new CamundaFormRefImpl(start.getCamundaFormDefinitionKey().getExpressionText(),
            start.getCamundaFormDefinitionBinding());
    if (form == null) {
      return Set.of();
    }
    return cached("deployment".equals(form.getBinding()), definition.getId(),
        () -> new GetDeployedStartFormCmd(definition.getId()).execute(context));
  }

  private Set<String> cached(boolean fixed, String use, Supplier<InputStream> form) {
    return fixed ? byFormUse.computeIfAbsent(use, ignored -> read(use, form)) : read(use, form);
  }

  private static Set<String> read(String use, Supplier<InputStream> deployed) {
    try (InputStream form = deployed.get()) {
      Set<String> keys = new HashSet<>();
      collectInputs(JSON.readTree(form).path("components"), keys);
      return Set.copyOf(keys);
    } catch (IOException e) {
      throw new UncheckedIOException("The form of " + use + " cannot be read", e);
    }
  }

  /** A field's variable is its key's first segment: {@code a.b} and a group's {@code path} submit one object. */
  private static void collectInputs(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      boolean input = INPUT_TYPES.contains(component.path("type").asText());
      boolean showsOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      if (component.hasNonNull("path")) {
        keys.add(firstSegment(component.get("path").asText()));
      } else if (input && !showsOnly && component.hasNonNull("key")) {
        keys.add(firstSegment(component.get("key").asText()));
      }
      collectInputs(component.path("components"), keys);
    }
  }

  private static String firstSegment(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
