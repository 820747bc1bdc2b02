package kz.edu.leaders.identity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups, least-privilege authorizations and Tasklist filters every installation needs, in every
 * profile. Idempotent: run at each start, it adds only what is missing.
 */
@Component
public class IdentitySetup {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
  private static final String ANY = Authorization.ANY;
  /** The DMN decisions whose inputs are scores and yes/no facts of a vacancy, never a candidate's data. */
  static final List<String> DECISIONS_WITHOUT_PERSONAL_INPUTS =
      List.of("pass-marks", "review-gap", "interview-threshold", "shortlist-priority");

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final String adminUserId;
  private final List<ProcessAccess> processes;

  public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService,
      @Value("${camunda.bpm.admin-user.id:}") String adminUserId, List<ProcessAccess> processes) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.adminUserId = adminUserId;
    this.processes = List.copyOf(processes);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void setUp() {
    for (Role role : Role.values()) {
      ensureGroup(role.groupId(), role.groupName(null));
      if (role.isRegional()) {
        for (Region region : Region.values()) {
          ensureGroup(role.groupFor(region), role.groupName(region));
        }
      }
    }
    grantRoleAuthorizations();
    narrowOlderTaskAuthorizations();
    makeFirstAdminAnAdministrator();
    List<Filter> filters = ensureTaskFilters();
    Arrays.stream(Role.values()).filter(Role::worksTasks).forEach(role -> {
      grant(role, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      filters.forEach(filter -> grant(role, Resources.FILTER, filter.getId(), Permissions.READ));
    });
    LOG.info("Identity set up: {} roles, regional groups for {} regions, {} task filters",
        Role.values().length, Region.values().length, filters.size());
  }

  private void grantRoleAuthorizations() {
    // each stage names the roles that read its process (ProcessAccess)
    processes.forEach(process -> process.readers().forEach(role ->
        grant(role, Resources.PROCESS_DEFINITION, process.processKey(), ProcessDefinitionPermissions.READ)));
    // the portal starts no process itself (the application does): no right on process instances
    grant(Role.APPLICATION_INTAKE, Resources.PROCESS_INSTANCE, ANY);

    // Process owners run and repair the processes (and may reassign a task), but work no one else's
    // task; reading finished history is the auditors' right.
    grant(Role.PROCESS_OWNERS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(Role.PROCESS_OWNERS, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.SUSPEND,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.SUSPEND_INSTANCE,
        ProcessDefinitionPermissions.DELETE_INSTANCE, ProcessDefinitionPermissions.MIGRATE_INSTANCE,
        ProcessDefinitionPermissions.RETRY_JOB, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.TASK_ASSIGN);
    grant(Role.PROCESS_OWNERS, Resources.PROCESS_INSTANCE, ANY, Permissions.ALL);
    grant(Role.PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.READ, Permissions.CREATE);
    // Cockpit's human tasks view counts open tasks per group (the engine's task report wants READ on
    // every task); the tasks themselves they read already (READ_TASK), personal variables removed.
    grant(Role.PROCESS_OWNERS, Resources.TASK, ANY, Permissions.READ);
    // ... and names the groups there in Kazakh and Russian, not by their ids
    grant(Role.PROCESS_OWNERS, Resources.GROUP, ANY, Permissions.READ);
    grant(Role.PROCESS_OWNERS, Resources.DECISION_DEFINITION, ANY,
        Permissions.READ, Permissions.UPDATE,
        Permissions.CREATE_INSTANCE);
    // How their rules decided (Cockpit's decision instances, inputs and outputs), except eligibility:
    // its inputs are the candidate's post, organisation type and years, which process owners never see.
    DECISIONS_WITHOUT_PERSONAL_INPUTS.forEach(decision ->
        grant(Role.PROCESS_OWNERS, Resources.DECISION_DEFINITION, decision, Permissions.READ_HISTORY));
    grant(Role.PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(Role.PROCESS_OWNERS, Resources.BATCH, ANY, Permissions.ALL);

    grant(Role.AUDITORS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(Role.AUDITORS, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY);
    grant(Role.AUDITORS, Resources.DECISION_DEFINITION, ANY,
        Permissions.READ, Permissions.READ_HISTORY);
    grant(Role.AUDITORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(Role.AUDITORS, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grant(Role.AUDITORS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grant(Role.AUDITORS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
    // the trail names the people who decided, not only their logins
    grant(Role.AUDITORS, Resources.USER, ANY, Permissions.READ);
    // Cockpit's human tasks view counts their open tasks per group from history, each group by its name
    grant(Role.AUDITORS, Resources.GROUP, ANY, Permissions.READ);

    grant(Role.ADMINISTRATORS, Resources.APPLICATION, ANY, Permissions.ALL);
  }

  /**
   * Tasks created before their candidates held TASK_WORK instead of UPDATE
   * ({@link TaskWorkersAuthorizationProvider}) still carry UPDATE, which would let a worker change them.
   */
  private void narrowOlderTaskAuthorizations() {
    List<Authorization> older = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .hasPermission(Permissions.UPDATE).list();
    older.forEach(authorization -> {
      authorization.setPermissions(TaskWorkersAuthorizationProvider.TASK_WORKER);
      authorizationService.saveAuthorization(authorization);
    });
    if (!older.isEmpty()) {
      LOG.info("Narrowed {} task authorizations from UPDATE to task work", older.size());
    }
  }

  /** The first admin (camunda.bpm.admin-user) also holds the administrators role in the application API. */
  private void makeFirstAdminAnAdministrator() {
    String administrators = Role.ADMINISTRATORS.groupId();
    if (!adminUserId.isBlank() && identityService.createUserQuery().userId(adminUserId).count() == 1
        && identityService.createUserQuery().userId(adminUserId).memberOfGroup(administrators).count() == 0) {
      identityService.createMembership(adminUserId, administrators);
    }
  }

  /** The three Tasklist filters' names, in Kazakh and Russian (Tasklist shows them as they are). */
  public static final String MY_TASKS_FILTER = "Менің тапсырмаларым / Мои задачи";
  public static final String MY_GROUPS_TASKS_FILTER = "Тобымның тапсырмалары / Задачи моей группы";
  public static final String OVERDUE_FILTER = "Мерзімі өткен / Просроченные";

  /** The filter property that finds a filter again whatever it is called now. */
  static final String FILTER_KEY = "leadersFilter";

  private List<Filter> ensureTaskFilters() {
    return List.of(
        ensureTaskFilter("my-tasks", MY_TASKS_FILTER, "My tasks",
            "Сізге тағайындалған тапсырмалар, мерзімі бойынша / Назначенные вам задачи, по сроку", -10,
            taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()),
        ensureTaskFilter("my-groups-tasks", MY_GROUPS_TASKS_FILTER, "My group's tasks",
            "Тобыңыздың әлі ешкім алмаған тапсырмалары / Задачи вашей группы, которые ещё никто не взял", 0,
            taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()
                .orderByDueDate().asc()),
        ensureTaskFilter("overdue", OVERDUE_FILTER, "Overdue",
            "Тобыңыздың мерзімі өткен тапсырмалары / Просроченные задачи вашей группы", 10,
            taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc()));
  }

  /**
   * The filter with this key, or one an earlier version made (by its current or former name), renamed
   * and keyed if need be; a new one only when there is none.
   */
  private Filter ensureTaskFilter(String key, String name, String formerName, String description, int priority,
      TaskQuery query) {
    List<Filter> filters = filterService.createTaskFilterQuery().list();
    Filter existing = filters.stream().filter(filter -> key.equals(propertyOf(filter, FILTER_KEY))).findFirst()
        .or(() -> filters.stream().filter(filter -> name.equals(filter.getName())).findFirst())
        .or(() -> filters.stream().filter(filter -> formerName.equals(filter.getName())).findFirst())
        .orElse(null);
    if (existing != null) {
      if (!name.equals(existing.getName()) || !key.equals(propertyOf(existing, FILTER_KEY))) {
        Map<String, Object> properties = new HashMap<>(
            existing.getProperties() == null ? Map.of() : existing.getProperties());
        properties.put(FILTER_KEY, key);
        properties.put("description", description);
        LOG.info("Tasklist filter '{}' renamed to '{}'", existing.getName(), name);
        existing = filterService.saveFilter(existing.setName(name).setProperties(properties));
      }
      return existing;
    }
    Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(Map.of(
        FILTER_KEY, key,
        "description", description,
        "priority", priority,
        "refresh", true,
        "variables", processes.stream().flatMap(process -> process.columns().stream())
            .map(column -> Map.of("name", column.variable(), "label", column.label())).toList()));
    return filterService.saveFilter(filter);
  }

  private static Object propertyOf(Filter filter, String property) {
    return filter.getProperties() == null ? null : filter.getProperties().get(property);
  }

  /** The group with its glossary name; one an earlier version named in English is renamed. */
  private void ensureGroup(String groupId, String name) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      group = identityService.newGroup(groupId);
      group.setType("WORKFLOW");
    } else if (name.equals(group.getName())) {
      return;
    }
    group.setName(name);
    identityService.saveGroup(group);
  }

  /**
   * Exactly these permissions, so a right taken away here is taken away from installations that had
   * it; none at all removes the grant.
   */
  private void grant(Role role, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(role.groupId())
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (permissions.length == 0) {
      if (authorization != null) {
        authorizationService.deleteAuthorization(authorization.getId());
      }
      return;
    }
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(role.groupId());
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    int wanted = Arrays.stream(permissions).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
    if (authorization.getId() == null || ((AuthorizationEntity) authorization).getPermissions() != wanted) {
      authorization.setPermissions(permissions);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
