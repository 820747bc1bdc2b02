package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "My group's tasks" as the engine answers it with the authorization settings chosen for speed
 * (checks row by row with revocations always honoured, a person's groups taken whole): a reviewer
 * sees their region's open screening tasks and no other region's, and a task revoked from them is
 * gone from their list and their count.
 */
@IntegrationTest
class GroupTaskListTest {

  @Autowired
  ApplicationService applications;
  @Autowired
  TestJourneys journeys;
  @Autowired
  TaskService taskService;
  @Autowired
  FilterService filterService;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  ProcessEngineConfigurationImpl engine;

  @Test
  void aReviewerSeesTheirRegionsTasksButNoneRevokedFromThem() {
    String first = screeningTaskOf(applications.submit(TestApplications.valid(Region.TURKISTAN)));
    String second = screeningTaskOf(applications.submit(TestApplications.valid(Region.TURKISTAN)));
    String almaty = screeningTaskOf(applications.submit(TestApplications.valid(Region.ALMATY)));
    String filterId = filterService.createTaskFilterQuery().filterName(IdentitySetup.MY_GROUPS_TASKS_FILTER)
        .singleResult().getId();

    List<String> seen = as("reviewer.turkistan", () -> ids(filterService.listPage(filterId, 0, 2000)));
    long counted = as("reviewer.turkistan", () -> filterService.count(filterId));
    assertThat(seen).contains(first, second).doesNotContain(almaty).hasSize((int) counted);
    assertThat(as("reviewer.almaty", () -> ids(filterService.listPage(filterId, 0, 2000)))).contains(almaty)
        .doesNotContain(first, second);

    Authorization revoked = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoked.setUserId("reviewer.turkistan");
    revoked.setResource(Resources.TASK);
    revoked.setResourceId(first);
    revoked.removePermission(Permissions.READ);
    authorizationService.saveAuthorization(revoked);
    try {
      assertThat(as("reviewer.turkistan", () -> ids(filterService.listPage(filterId, 0, 2000)))).contains(second)
          .doesNotContain(first);
      assertThat(as("reviewer.turkistan", () -> filterService.count(filterId))).isEqualTo(counted - 1);
    } finally {
      authorizationService.deleteAuthorization(revoked.getId());
    }
  }

  @Test
  void theEngineChecksRevocationsAlwaysAndEveryGroupOfAPerson() {
    assertThat(engine.getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
    AuthorizationManager manager = engine.getCommandExecutorTxRequired().execute(
        context -> context.getAuthorizationManager());
    assertThat(manager.filterAuthenticatedGroupIds(List.of("a-group-no-authorization-names", "document-reviewers")))
        .containsExactly("a-group-no-authorization-names", "document-reviewers");
  }

  private String screeningTaskOf(Application application) {
    journeys.runJobs(application, "Task_NotifyApplicationReceived", "Task_CheckEligibility");
    return taskService.createTaskQuery().processInstanceId(application.getProcessInstanceId())
        .taskDefinitionKey("Task_ScreenDocuments").singleResult().getId();
  }

  private <T> T as(String userId, Supplier<T> query) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .toList();
    identityService.setAuthentication(userId, groups);
    try {
      return query.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }
}
