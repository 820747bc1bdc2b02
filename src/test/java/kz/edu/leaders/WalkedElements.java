package kz.edu.leaders;

import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/** Process coverage a test class must reach: every element of a model walked since the class began. */
public final class WalkedElements {

  private WalkedElements() {
  }

  public static void assertEveryElementWalked(RepositoryService repositoryService, HistoryService historyService,
      String processKey, Date since) {
    assertEveryElementWalked(repositoryService, processKey,
        walkedSince(repositoryService, historyService, processKey, since));
  }

  /** For coverage that several test classes reach together: each collects what it walked. */
  public static void assertEveryElementWalked(RepositoryService repositoryService, String processKey,
      Set<String> walked) {
    Set<String> elements = repositoryService.getBpmnModelInstance(latest(repositoryService, processKey).getId())
        .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
    Assertions.assertThat(walked).as(processKey + ": elements no test walked").containsAll(elements);
  }

  public static Set<String> walkedSince(RepositoryService repositoryService, HistoryService historyService,
      String processKey, Date since) {
    return historyService.createHistoricActivityInstanceQuery()
        .processDefinitionId(latest(repositoryService, processKey).getId()).startedAfter(since).list().stream()
        .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
  }

  private static ProcessDefinition latest(RepositoryService repositoryService, String processKey) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult();
  }
}
