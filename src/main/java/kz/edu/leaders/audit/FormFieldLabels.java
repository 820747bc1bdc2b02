package kz.edu.leaders.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The labels people read on the forms (forms/*.form, as shipped), by form and field key, so that the
 * trail tells "Құжаттар толық / Документы полные: true" rather than "checkComplete = true".
 */
@Component
class FormFieldLabels {

  private final RepositoryService repository;
  private final Map<String, Map<String, String>> labelsByForm = new HashMap<>();
  /** A select's or radio's fixed options: form, field key and value to the option's label. */
  private final Map<String, Map<String, String>> optionsByForm = new HashMap<>();

  FormFieldLabels(RepositoryService repository, ObjectMapper json) throws IOException {
    this.repository = repository;
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      try (InputStream in = form.getInputStream()) {
        JsonNode schema = json.readTree(in);
        Map<String, String> labels = new HashMap<>();
        Map<String, String> options = new HashMap<>();
        collect(schema, labels, options);
        labelsByForm.put(schema.path("id").asText(), labels);
        optionsByForm.put(schema.path("id").asText(), options);
      }
    }
  }

  private static void collect(JsonNode container, Map<String, String> labels, Map<String, String> options) {
    for (JsonNode component : container.path("components")) {
      if (component.hasNonNull("key") && component.hasNonNull("label")) {
        String key = component.get("key").asText();
        labels.put(key, component.get("label").asText());
        for (JsonNode option : component.path("values")) {
          options.put(key + "=" + option.path("value").asText(), option.path("label").asText());
        }
      }
      collect(component, labels, options);
    }
  }

  /** @return the label of this field on the form of that user task, or null when the form does not show it */
  String of(String processDefinitionId, String taskDefinitionKey, String fieldKey) {
    String form = formOf(processDefinitionId, taskDefinitionKey);
    return form == null ? null : labelsByForm.getOrDefault(form, Map.of()).get(fieldKey);
  }

  /** @return the label of the option with this value on that field, or null when it is no fixed option */
  String ofOption(String processDefinitionId, String taskDefinitionKey, String fieldKey, Object value) {
    String form = formOf(processDefinitionId, taskDefinitionKey);
    return form == null || value == null ? null
        : optionsByForm.getOrDefault(form, Map.of()).get(fieldKey + "=" + value);
  }

  private String formOf(String processDefinitionId, String taskDefinitionKey) {
    // the engine caches each deployed model
    ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId)
        .getModelElementById(taskDefinitionKey);
    return element instanceof UserTask task ? task.getCamundaFormRef() : null;
  }
}
