package kz.edu.leaders.config;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * How long the history of every process is kept: one retention for the whole programme
 * ({@code leaders.history.retention-days}, default five years), whatever a model says. The models
 * still carry a historyTimeToLive, which the engine and the Modeler require.
 */
class HistoryRetention extends AbstractBpmnParseListener {

  private final int retentionDays;

  HistoryRetention(int retentionDays) {
    this.retentionDays = retentionDays;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.setHistoryTimeToLive(retentionDays);
  }
}
