package kz.edu.leaders.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Evaluates the newest version of a DMN decision a process owner deployed, and says which version
 * decided: every recorded result names its rule and version.
 */
@Component
public class DecisionRules {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repositoryService;
  private final DecisionService decisionService;

  public DecisionRules(RepositoryService repositoryService, DecisionService decisionService) {
    this.repositoryService = repositoryService;
    this.decisionService = decisionService;
  }

  public record Outcome(String decisionKey, int version, Map<String, Object> inputs, List<Map<String, Object>> rows) {

    /** The one output of a single-hit table. */
    public Object single(String output) {
      if (rows.size() != 1) {
        throw new IllegalStateException(decisionKey + " v" + version + " gave " + rows.size() + " results, expected 1");
      }
      return rows.get(0).get(output);
    }

    public String rule() {
      return decisionKey + " v" + version;
    }

    /** What the table saw, as JSON for the record. */
    public String inputsJson() {
      return json(new TreeMap<>(inputs));
    }

    /** What the table said (every matching rule's outputs), as JSON for the record. */
    public String rowsJson() {
      return json(rows);
    }

    private static String json(Object value) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public Outcome evaluate(String decisionKey, Map<String, Object> inputs) {
    DecisionDefinition latest = latest(decisionKey);
    List<Map<String, Object>> rows = decisionService.evaluateDecisionById(latest.getId()).variables(inputs).evaluate()
        .getResultList();
    return new Outcome(decisionKey, latest.getVersion(), Map.copyOf(inputs), rows);
  }

  /**
   * A decision that a business rule task of the model has just evaluated, in this transaction, as the
   * record names it. The task binds the newest version (the engine's default, {@code latest}), so
   * that is the version it used; Cockpit shows the same evaluation under the process instance.
   */
  public Outcome evaluatedInTheModel(String decisionKey, Map<String, Object> inputs, List<Map<String, Object>> rows) {
    return new Outcome(decisionKey, latest(decisionKey).getVersion(), Map.copyOf(inputs), List.copyOf(rows));
  }

  private DecisionDefinition latest(String decisionKey) {
    DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
        .latestVersion().singleResult();
    if (latest == null) {
      throw new IllegalStateException("No decision '" + decisionKey + "' is deployed");
    }
    return latest;
  }
}
