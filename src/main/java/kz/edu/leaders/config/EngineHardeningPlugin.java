package kz.edu.leaders.config;

import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.identity.CandidateGroupsReadTheirInstance;
import kz.edu.leaders.identity.Role;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Engine settings that are not plain properties: members of the administrators group are engine
 * administrators, a task's candidate groups may read its process instance, a task form refused by a
 * listener comes back as a 400 with its reason, and personal data shown to reviewers never reaches
 * the history tables.
 * The simple hardening switches live in application.yml under camunda.bpm.generic-properties.
 */
@Component
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<String> adminGroups = new ArrayList<>();
    if (configuration.getAdminGroups() != null) {
      adminGroups.addAll(configuration.getAdminGroups());
    }
    adminGroups.add(Role.ADMINISTRATORS.groupId());
    configuration.setAdminGroups(adminGroups);

    List<CommandInterceptor> outsideTransaction = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      outsideTransaction.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    outsideTransaction.add(new SurfaceRefusedUserInput());
    configuration.setCustomPreCommandInterceptorsTxRequired(outsideTransaction);

    List<BpmnParseListener> parseListeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      parseListeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    parseListeners.add(new CandidateGroupsReadTheirInstance());
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new PersonalDataFreeHistoryEventHandler());
    configuration.setCustomHistoryEventHandlers(handlers);
  }
}
