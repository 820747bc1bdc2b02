package kz.edu.leaders.config;

import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.identity.CandidateGroupsReadTheirInstance;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.identity.TaskWorkersAuthorizationProvider;
import kz.edu.leaders.identity.UnfilteredGroupsAuthorizationManager;
import kz.edu.leaders.identity.UserCommandGuard;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings that are not plain properties: members of the administrators group are engine
 * administrators, what a person may ask of the engine is checked ({@link UserCommandGuard}), a task's
 * candidates work it without changing it, a person's groups are not first narrowed by a scan of every authorization, a task's
 * candidate groups may read its process instance, a task form refused by a
 * listener comes back as a 400 with its reason, history is kept for the configured retention, and
 * personal data shown to reviewers never reaches the history tables, and lists of options for a form are stored as JSON. The simple hardening switches live in application.yml under
 * camunda.bpm.generic-properties.
 */
@Component
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  private final int historyRetentionDays;
  private final DatabaseWatch database;

  public EngineHardeningPlugin(HistorySettings settings, DatabaseWatch database) {
    this.historyRetentionDays = settings.retentionDays();
    this.database = database;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setAdminGroups(plus(configuration.getAdminGroups(), Role.ADMINISTRATORS.groupId()));
    configuration.setCustomPreCommandInterceptorsTxRequired(plus(plus(
        configuration.getCustomPreCommandInterceptorsTxRequired(), new SurfaceRefusedUserInput(configuration, database)),
        new UserCommandGuard(configuration)));
    // refusals are logged in one line by SurfaceRefusedUserInput, not as the engine's ERROR with a stack trace
    configuration.setEnableCmdExceptionLogging(false);
    configuration.setResourceAuthorizationProvider(new TaskWorkersAuthorizationProvider());
    configuration.setCustomSessionFactories(
        plus(configuration.getCustomSessionFactories(), new UnfilteredGroupsAuthorizationManager.Factory()));
    configuration.setCustomPostBPMNParseListeners(
        plus(plus(configuration.getCustomPostBPMNParseListeners(), new CandidateGroupsReadTheirInstance()),
            new HistoryRetention(historyRetentionDays)));
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(
        plus(configuration.getCustomHistoryEventHandlers(), new PersonalDataFreeHistoryEventHandler()));
    // a form's options (valuesKey) and a taglist's answer: lists in JSON, which Tasklist reads and sends back
    configuration.setCustomPreVariableSerializers(
        plus(configuration.getCustomPreVariableSerializers(), new JsonObjectSerializer()));
  }

  /** Other plugins (the starter's, test coverage) may have filled these lists already: add, never replace. */
  private static <T> List<T> plus(List<? extends T> existing, T added) {
    List<T> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    all.add(added);
    return all;
  }
}
