package kz.edu.leaders;

import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/** Process coverage a test class must reach: every element of a model walked since the class began. */
public final class WalkedElements {

  private WalkedElements() {
  }

  public static void assertEveryElementWalked(RepositoryService repositoryService, HistoryService historyService,
      String processKey, Date since) {
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    Set<String> elements = repositoryService.getBpmnModelInstance(definition.getId())
        .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
    Set<String> walked = historyService.createHistoricActivityInstanceQuery()
        .processDefinitionId(definition.getId()).startedAfter(since).list().stream()
        .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
    Assertions.assertThat(walked).as(processKey + ": elements no test walked").containsAll(elements);
  }
}
