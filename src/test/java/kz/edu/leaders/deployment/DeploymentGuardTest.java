package kz.edu.leaders.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A deployment runs no code but the platform's named steps: whoever deploys, however they deploy. */
@IntegrationTest
class DeploymentGuardTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FIXTURES = Path.of("src/test/resources/deployment-fixtures");

  @Autowired
  NamedSteps steps;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngineConfigurationImpl engine;

  @Test
  void expressionsReachTheNamedStepsAndNoOtherBean() {
    assertThat(evaluate("${trainingCalendar.levels()}")).asList().isNotEmpty();
    assertThat(evaluate("${proposeMentors}")).isNotNull();
    assertThatThrownBy(() -> evaluate("${applicationRepository}")).hasMessageContaining("applicationRepository");
    assertThatThrownBy(() -> evaluate("${processEngineConfigurationImpl}"))
        .hasMessageContaining("processEngineConfigurationImpl");
  }

  @Test
  void everyModelTheProcessOwnerShipsIsAccepted() throws Exception {
    DeploymentGuard guard = new DeploymentGuard(steps);
    List<Path> models;
    try (Stream<Path> files = Files.list(PROCESSES)) {
      models = files.filter(file -> file.toString().endsWith(".bpmn") || file.toString().endsWith(".dmn")).toList();
    }
    assertThat(models).hasSizeGreaterThan(10);
    for (Path model : models) {
      assertThat(guard.refusalsOf(model.getFileName().toString(), Files.readAllBytes(model))).as(model.toString())
          .isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "script-task.bpmn          | Task_RunScript            | bpmn:scriptTask",
      "script-listener.bpmn      | Task_ListenWithScript     | camunda:script",
      "java-class.bpmn           | Task_LoadJavaClass        | camunda:class=\"kz.edu.leaders.notification.SendCandidateNotification\"",
      "connector.bpmn            | Task_CallOutside          | camunda:connector",
      "repository-call.bpmn      | Task_ReadAllApplications  | expression ${applicationRepository.findAll()}",
      "engine-services.bpmn      | Task_ReachEngineServices  | expression ${execution.processEngineServices",
      "delegate-not-a-step.bpmn  | Task_DelegateToRepository | delegate expression ${applicationRepository}",
      "juel-decision.dmn         | InputExpression_Iin       | expressionLanguage=\"juel\"",
      "javascript-decision.dmn   | OutputEntry_Script        | expressionLanguage=\"javascript\"",
      "embedded-form.bpmn        | Task_ShowEmbeddedForm     | camunda:formKey=\"embedded:deployment:steal.html\"",
      "steal.html                | steal.html                | resource steal.html"})
  void aForbiddenConstructIsRefusedNamingTheElement(String fixture, String elementId, String construct) throws Exception {
    List<Refusal> refusals = new DeploymentGuard(steps).refusalsOf(fixture, Files.readAllBytes(FIXTURES.resolve(fixture)));

    assertThat(refusals).isNotEmpty().allSatisfy(refusal -> assertThat(refusal.elementId()).isEqualTo(elementId));
    assertThat(refusals).anySatisfy(refusal -> assertThat(refusal.construct()).startsWith(construct));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${cohortCalendar.getClass()}",
      "${interviewCommission.schedule(applicationId, date, time, place, members)}",
      "${trainingCalendar.levels().getClass()}",
      "${cohortCalendar.screeningDue(execution)}",
      "${execution.getProcessEngineServices()}",
      "${task.execution.processEngineServices}",
      "${execution.setVariable('copy', candidateIin)}",
      "${execution}",
      "${''.getClass().forName('java.lang.Runtime')}",
      "${dateTime().plusDays(1).toDate().getClass()}",
      "${dateTime().withZone(zone).toDate()}",
      "${score + 1 > 60}",
      "${eligible ? applicationRepository : 1}",
      "${applicationRepository['findAll']}",
      "document-reviewers-${region}-#{currentUser()}",
      "${unclosed == 'brace'"})
  void anExpressionBeyondNamedStepsAndComparisonsIsRefused(String expression) {
    assertThat(new ExpressionCheck(steps).check("Task_Any", expression)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${levelOutcome == 'RETAKE'}",
      "${!eligible && (score ge 60 or empty reason)}",
      "document-reviewers-${region}",
      "${interviewCommission.membersOf(applicationId)}",
      "${dateTime().plusDays(10).toDate()}",
      "#{execution.processBusinessKey}",
      "${execution.setVariable('trainingCompleted', false)}",
      "${1}",
      "${hrChoice == '}'}"})
  void namedStepsComparisonsAndTheEngineIdiomsAreAccepted(String expression) {
    assertThat(new ExpressionCheck(steps).check("Task_Any", expression)).isEmpty();
  }

  @Test
  void aProcessOwnerDeployingTheIssuesModelGets400NamingTheElementAndNothingIsDeployed() throws Exception {
    ResponseEntity<String> response = deploy("process.owner", "repository-call.bpmn",
        Files.readAllBytes(FIXTURES.resolve("repository-call.bpmn")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Task_ReadAllApplications", "applicationRepository.findAll()",
        "Развёртывание отклонено");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("guard-test").count()).isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("guard-fixture-repository-call")
        .count()).isZero();
  }

  @Test
  void aProcessOwnerDeploysACopyOfTheCandidateJourney() throws Exception {
    ResponseEntity<String> response = deploy("process.owner", "candidate-journey-copy.bpmn", journeyCopy());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String deployment = repositoryService.createDeploymentQuery().deploymentName("guard-test").singleResult().getId();
    try {
      assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getKey())
          .isEqualTo(CandidateJourney.PROCESS_KEY + "-copy");
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"auditor", "reviewer.turkistan"})
  void nobodyButProcessOwnersDeploys(String user) throws Exception {
    assertThat(deploy(user, "candidate-journey-copy.bpmn", journeyCopy()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repositoryService.createDeploymentQuery().deploymentName("guard-test").count()).isZero();
  }

  /** As the engine evaluates a model's expression, with no variables in scope. */
  private Object evaluate(String expression) {
    return engine.getCommandExecutorTxRequired().execute(command -> engine.getExpressionManager()
        .createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
  }

  private static byte[] journeyCopy() throws Exception {
    String journey = Files.readString(PROCESSES.resolve("candidate-journey.bpmn"));
    return journey.replace('"' + CandidateJourney.PROCESS_KEY + '"', '"' + CandidateJourney.PROCESS_KEY + "-copy\"")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private ResponseEntity<String> deploy(String user, String fileName, byte[] model) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "guard-test");
    form.add(fileName, new ByteArrayResource(model) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, "demo")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }
}
