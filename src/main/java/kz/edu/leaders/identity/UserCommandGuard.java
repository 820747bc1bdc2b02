package kz.edu.leaders.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.QueryVariableValue;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * What a person may ask of the engine, whatever their authorizations let through (the engine REST
 * API, Tasklist and Cockpit all end here). The platform's own steps run without a person (or nested
 * in a person's command) and are not checked.
 * <ul>
 *   <li>A task is worked only by its candidates (group or user), and a completion writes only the
 *       fields of the task's form: ids, routing and results already recorded stay as they are.</li>
 *   <li>Process variables are written by the processes' own steps; only administrators repair one
 *       (process owners repair instances: retry, modify, migrate, suspend, reassign).</li>
 *   <li>Messages and signals carry results the platform recorded first, so nobody sends them by hand;
 *       a process that is not startable in Tasklist is started by the platform only.</li>
 *   <li>A candidate's personal data on an open task is read only by that task's workers.</li>
 *   <li>Tasks and processes keep no comments or files, which nobody would review (documents come
 *       through the portal, a decision's words through the task's form): only administrators add,
 *       change or delete one.</li>
 * </ul>
 */
public class UserCommandGuard extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl engine;
  private final TaskFormFields forms = new TaskFormFields();

  public UserCommandGuard(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    if (caller == null || Context.getCommandContext() != null || command instanceof GuardRead) {
      return next.execute(command);
    }
    Person person = person(caller);
    if (isMessage(command)) {
      throw new AuthorizationException("Хабарламалар платформаның өзі жазған нәтижелерін жеткізеді, оларды "
          + "engine API арқылы ешкім жібермейді / Сообщения передают результаты, которые платформа записывает сама; "
          + "через API движка их никто не отправляет");
    }
    if (isCommentOrAttachment(command) && !person.administrator()) {
      throw new AuthorizationException("Тапсырмалар мен үдерістерге түсініктемелер мен файлдар сақталмайды: құжаттар "
          + "портал арқылы келеді / Комментарии и файлы к задачам и процессам не хранятся: документы поступают через "
          + "портал");
    }
    refuseStartByPerson(command, person);
    if (!person.administrator()) {
      refuseSearchByPersonalData(command, person);
      refuseProcessVariableWrites(command);
      refuseTaskWorkOutsideItsForm(command, person);
    }
    T result = next.execute(command);
    return person.administrator() ? result : withoutOthersPersonalData(command, result, person);
  }

  /** Messages, signals, and the signal that moves a waiting receive task on just as its message would. */
  private static boolean isMessage(Command<?> command) {
    return command instanceof AbstractCorrelateMessageCmd || command instanceof MessageEventReceivedCmd
        || command instanceof SignalEventReceivedCmd || command instanceof CorrelateAllMessageBatchCmd
        || command instanceof SignalCmd;
  }

  /** A comment or an attachment added, changed or deleted, on a task or a process instance. */
  public static boolean isCommentOrAttachment(Command<?> command) {
    return command instanceof AddCommentCmd || command instanceof UpdateCommentCmd
        || command instanceof DeleteTaskCommentCmd || command instanceof DeleteProcessInstanceCommentCmd
        || command instanceof CreateAttachmentCmd || command instanceof SaveAttachmentCmd
        || command instanceof DeleteAttachmentCmd;
  }

  /**
   * A person starts only what Tasklist offers them, and with the start form's fields only (the
   * cohort's dates); a process not startable in Tasklist is the platform's to start.
   */
  private void refuseStartByPerson(Command<?> command, Person person) {
    String definitionId;
    String definitionKey = null;
    String tenantId = null;
    Collection<String> variables;
    if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder = EngineCommands.field(command, "instantiationBuilder");
      definitionId = builder.getProcessDefinitionId();
      definitionKey = builder.getProcessDefinitionKey();
      tenantId = builder.getProcessDefinitionTenantId();
      variables = modificationVariables(builder.getModificationBuilder());
    } else if (command instanceof SubmitStartFormCmd) {
      definitionId = EngineCommands.field(command, "processDefinitionId");
      Map<String, ?> submitted = EngineCommands.field(command, "variables");
      variables = submitted == null ? List.of() : submitted.keySet();
    } else {
      return;
    }
    String key = definitionKey;
    String tenant = tenantId;
    StartedProcess started = withoutAuthorization(context -> {
      var cache = context.getProcessEngineConfiguration().getDeploymentCache();
      ProcessDefinitionEntity definition;
      try {
        definition = definitionId != null ? cache.findDeployedProcessDefinitionById(definitionId)
            : tenant != null ? cache.findDeployedLatestProcessDefinitionByKeyAndTenantId(key, tenant)
            : cache.findDeployedLatestProcessDefinitionByKey(key);
      } catch (ProcessEngineException unknown) {
        return null; // the engine itself answers for a definition that does not exist
      }
      return new StartedProcess(definition.getKey(), definition.isStartableInTasklist(),
          definition.isStartableInTasklist() ? forms.writableAtStartOf(definition, context) : Set.of());
    });
    if (started == null) {
      return;
    }
    if (!started.startableByPeople()) {
      throw new AuthorizationException("«" + started.key() + "» үдерісін платформаның өзі бастайды (үміткердің "
          + "өтінімі POST /api/applications арқылы келеді) / Процесс «" + started.key() + "» запускает сама платформа "
          + "(заявка кандидата поступает через POST /api/applications)");
    }
    if (!person.administrator()) {
      refuseOutsideTheForm(variables, started.formFields(), command instanceof SubmitStartFormCmd);
    }
  }

  private record StartedProcess(String key, boolean startableByPeople, Set<String> formFields) {
  }

  /** A search by a guessed IIN or name would confirm it: only those who may read it may search by it. */
  private static void refuseSearchByPersonalData(Command<?> command, Person person) {
    if (person.groups().stream().anyMatch(group -> Role.DOCUMENT_REVIEWERS.groupId().equals(group)
        || Role.DOCUMENT_REVIEWERS.regionOf(group).isPresent())) {
      return;
    }
    Object query = command instanceof AbstractExecuteFilterCmd ? EngineCommands.field(command, "extendingQuery") : command;
    Stream<String> searched = Stream.empty();
    if (query instanceof TaskQueryImpl tasks) {
      searched = tasks.getQueries().stream().flatMap(part -> part.getVariables().stream()).map(QueryVariableValue::getName);
    } else if (query instanceof VariableInstanceQueryImpl variables) {
      searched = variables.getQueryVariableValues().stream().map(QueryVariableValue::getName);
    }
    searched.filter(PersonalDataVariables::isPersonal).findFirst().ifPresent(name -> {
      throw new AuthorizationException("Үміткердің жеке деректері бойынша іздеуге болмайды (" + name + ") / "
          + "Поиск по личным данным кандидата недоступен (" + name + ")");
    });
  }

  private static void refuseProcessVariableWrites(Command<?> command) {
    Collection<String> names = null;
    if (command instanceof AbstractSetVariableCmd && !(command instanceof SetTaskVariablesCmd)) {
      names = ((Map<String, ?>) EngineCommands.field(command, "variables")).keySet();
    } else if (command instanceof AbstractPatchVariablesCmd && !(command instanceof PatchTaskVariablesCmd)) {
      names = patched(command);
    } else if (command instanceof AbstractRemoveVariableCmd && !(command instanceof RemoveTaskVariablesCmd)) {
      names = EngineCommands.field(command, "variableNames");
    } else if (command instanceof SetVariablesToProcessInstancesBatchCmd) {
      names = ((Map<String, ?>) EngineCommands.field(command, "variables")).keySet();
    } else if (command instanceof ModifyProcessInstanceCmd) {
      names = modificationVariables(EngineCommands.field(command, "builder"));
    }
    if (names != null && !names.isEmpty()) {
      throw new BadUserRequestException(String.join(", ", new TreeSet<>(names))
          + ": процесс айнымалыларын процестің өз қадамдары жазады / переменные процесса записывают только шаги "
          + "самого процесса");
    }
  }

  private static Collection<String> modificationVariables(ProcessInstanceModificationBuilderImpl builder) {
    List<String> names = new ArrayList<>(builder.getProcessVariables().keySet());
    builder.getModificationOperations().stream()
        .filter(AbstractInstantiationCmd.class::isInstance).map(AbstractInstantiationCmd.class::cast)
        .forEach(instruction -> {
          names.addAll(instruction.getVariables().keySet());
          names.addAll(instruction.getVariablesLocal().keySet());
        });
    return names;
  }

  private void refuseTaskWorkOutsideItsForm(Command<?> command, Person person) {
    String taskId;
    Collection<String> written;
    boolean formSubmission = false;
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      taskId = EngineCommands.field(command, "taskId");
      Map<String, ?> variables = EngineCommands.field(command, command instanceof CompleteTaskCmd ? "variables" : "properties");
      written = variables == null ? List.of() : variables.keySet();
      formSubmission = true;
    } else if (command instanceof SetTaskVariablesCmd) {
      taskId = EngineCommands.field(command, "entityId");
      written = ((Map<String, ?>) EngineCommands.field(command, "variables")).keySet();
    } else if (command instanceof PatchTaskVariablesCmd) {
      taskId = EngineCommands.field(command, "entityId");
      written = patched(command);
    } else if (command instanceof RemoveTaskVariablesCmd) {
      taskId = EngineCommands.field(command, "entityId");
      written = EngineCommands.field(command, "variableNames");
    } else if (command instanceof ClaimTaskCmd) {
      taskId = EngineCommands.field(command, "taskId");
      written = List.of();
      String claimant = EngineCommands.field(command, "userId");
      if (claimant != null && !claimant.equals(person.userId())) {
        throw new AuthorizationException("Тапсырманы оны орындайтын адамның өзі алады / "
            + "Задачу берёт в работу тот, кто будет её выполнять");
      }
    } else if (isRouting(command)) {
      refuseRoutingByWorker(command, person);
      return;
    } else {
      return;
    }
    WorkedTask task = workedTask(taskId, true);
    if (task == null) {
      return; // the engine answers for a task that does not exist (or no longer does)
    }
    if (!task.workableBy(person)) {
      throw new AuthorizationException("Бұл тапсырманы оның тобының қызметкерлері орындайды / "
          + "Эту задачу выполняют сотрудники её группы");
    }
    refuseOutsideTheForm(written, task.formFields(), formSubmission);
  }

  private static void refuseOutsideTheForm(Collection<String> written, Set<String> formFields, boolean formSubmission) {
    List<String> refused = written.stream().filter(name -> !formFields.contains(name)).sorted().toList();
    if (!refused.isEmpty()) {
      String message = String.join(", ", refused) + ": бұл тапсырманың формасында жоқ, өзгертуге болмайды / "
          + "нет в форме этой задачи, изменять нельзя (поля формы: " + String.join(", ", new TreeSet<>(formFields))
          + ")";
      throw formSubmission ? new FormFieldValidationException(refused.get(0), message)
          : new BadUserRequestException(message);
    }
  }

  private static boolean isRouting(Command<?> command) {
    return command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd
        || command instanceof DelegateTaskCmd;
  }

  /**
   * A task's candidates are the model's: nobody but an administrator adds, removes, delegates or
   * changes the owner. Workers take a task and give it back (unclaim); process owners, who may
   * reassign, assign it only to one of its candidates.
   */
  private void refuseRoutingByWorker(Command<?> command, Person person) {
    if (!(command instanceof AssignTaskCmd)) {
      throw new AuthorizationException("Тапсырманың орындаушылары мен иесін үдеріс моделі белгілейді / "
          + "Исполнителей и владельца задачи задаёт модель процесса");
    }
    String assignee = EngineCommands.field(command, "userId");
    if (assignee == null) {
      return; // given back to its group
    }
    WorkedTask task = workedTask(EngineCommands.field(command, "taskId"), false);
    if (task == null) {
      return; // the engine answers for a task that does not exist
    }
    boolean worker = task.workableBy(person);
    boolean takesItThemselves = worker && assignee.equals(person.userId());
    if (!takesItThemselves && (worker || !task.workableBy(person(assignee)))) {
      throw new AuthorizationException("Тапсырманы тек оның тобындағы қызметкерге беруге болады, ал қызметкер оны "
          + "өзі алады / Задачу можно передать только сотруднику её группы, а сотрудник берёт её себе сам");
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T withoutOthersPersonalData(Command<T> command, T result, Person person) {
    if (command instanceof GetTaskVariablesCmd || command instanceof GetTaskFormVariablesCmd) {
      VariableMap variables = (VariableMap) result;
      String taskId = command instanceof GetTaskVariablesCmd ? EngineCommands.field(command, "taskId")
          : ((AbstractGetFormVariablesCmd) command).resourceId;
      if (variables != null && variables.keySet().stream().anyMatch(PersonalDataVariables::isPersonal)
          && !mayReadPersonalDataOn(taskId, person)) {
        variables.keySet().removeIf(PersonalDataVariables::isPersonal);
      }
    } else if (command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped) {
      if (PersonalDataVariables.isPersonal(EngineCommands.field(command, "variableName"))
          && !mayReadPersonalDataOn(EngineCommands.field(command, "taskId"), person)) {
        throw new AuthorizationException("Үміткердің жеке деректерін тек оның ашық тапсырмасын орындаушылар көреді / "
            + "Личные данные кандидата видят только исполнители его открытой задачи");
      }
    } else if (command instanceof VariableInstanceQueryImpl && result instanceof List<?> rows) {
      List<VariableInstance> variables = (List<VariableInstance>) rows;
      Set<String> readable = workableBy(person, variables.stream()
          .filter(variable -> PersonalDataVariables.isPersonal(variable.getName()) && variable.getTaskId() != null)
          .map(VariableInstance::getTaskId).collect(Collectors.toSet()));
      variables.removeIf(variable -> PersonalDataVariables.isPersonal(variable.getName())
          && !readable.contains(variable.getTaskId()));
    } else if (command instanceof VariableInstanceQueryImpl && result instanceof VariableInstance variable
        && PersonalDataVariables.isPersonal(variable.getName()) && !mayReadPersonalDataOn(variable.getTaskId(), person)) {
      return null;
    }
    return result;
  }

  /**
   * Of these tasks, those the person is a candidate for, in two queries whatever their number (a
   * Tasklist page shows the candidate on each of its 50 tasks).
   */
  private Set<String> workableBy(Person person, Set<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Set.of();
    }
    String[] ids = taskIds.toArray(String[]::new);
    return withoutAuthorization(context -> {
      TaskService tasks = engine.getTaskService();
      Stream<Task> byGroup = person.groups().isEmpty() ? Stream.empty()
          : tasks.createTaskQuery().taskIdIn(ids).taskCandidateGroupIn(List.copyOf(person.groups()))
              .includeAssignedTasks().list().stream();
      Stream<Task> byUser = tasks.createTaskQuery().taskIdIn(ids).taskCandidateUser(person.userId())
          .includeAssignedTasks().list().stream();
      return Stream.concat(byGroup, byUser).map(Task::getId).collect(Collectors.toSet());
    });
  }

  private boolean mayReadPersonalDataOn(String taskId, Person person) {
    WorkedTask task = taskId == null ? null : workedTask(taskId, false);
    return task != null && task.workableBy(person);
  }

  /** @param withFormFields whether to read the task's form too (to check what a person writes) */
  private WorkedTask workedTask(String taskId, boolean withFormFields) {
    return withoutAuthorization(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return null;
      }
      task.initializeFormKey();
      return workedTask(task, withFormFields ? forms.writableBy(task, context) : Set.of());
    });
  }

  private static WorkedTask workedTask(TaskEntity task, Set<String> formFields) {
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (IdentityLink link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        } else {
          users.add(link.getUserId());
        }
      }
    }
    return new WorkedTask(groups, users, formFields);
  }

  private Person person(String userId) {
    return person(new Authentication(userId, null));
  }

  private Person person(Authentication caller) {
    List<String> groups = caller.getGroupIds() != null ? caller.getGroupIds()
        : withoutAuthorization(context -> engine.getIdentityService().createGroupQuery().groupMember(caller.getUserId())
            .list().stream().map(Group::getId).toList());
    boolean administrator = engine.getAdminUsers() != null && engine.getAdminUsers().contains(caller.getUserId())
        || engine.getAdminGroups() != null && groups.stream().anyMatch(engine.getAdminGroups()::contains);
    return new Person(caller.getUserId(), Set.copyOf(groups), administrator);
  }

  private <R> R withoutAuthorization(Function<CommandContext, R> read) {
    return engine.getCommandExecutorTxRequired().execute(new GuardRead<>(read));
  }

  /** What the guard itself reads to decide: not a person's request, so not checked again. */
  private record GuardRead<R>(Function<CommandContext, R> read) implements Command<R> {

    @Override
    public R execute(CommandContext context) {
      return context.runWithoutAuthorization(() -> read.apply(context));
    }
  }

  private static Collection<String> patched(Command<?> command) {
    List<String> names = new ArrayList<>();
    Map<String, ?> modifications = EngineCommands.field(command, "variables");
    Collection<String> deletions = EngineCommands.field(command, "deletions");
    if (modifications != null) {
      names.addAll(modifications.keySet());
    }
    if (deletions != null) {
      names.addAll(deletions);
    }
    return names;
  }

  private record Person(String userId, Set<String> groups, boolean administrator) {
  }

  private record WorkedTask(List<String> candidateGroups, List<String> candidateUsers, Set<String> formFields) {

    boolean workableBy(Person person) {
      return person.administrator() || candidateUsers.contains(person.userId())
          || candidateGroups.stream().anyMatch(person.groups()::contains);
    }
  }
}
