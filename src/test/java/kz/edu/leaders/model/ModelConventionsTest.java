package kz.edu.leaders.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every model and form a process owner ships, held to CONVENTIONS.md; and proof the checks bite. */
class ModelConventionsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final Path FIXTURES = Path.of("src/test/resources/model-fixtures");
  private static final String KAZAKH_AND_RUSSIAN = ModelConventions.KAZAKH_AND_RUSSIAN;

  @Test
  void everyProcessFollowsTheConventions() throws Exception {
    List<Path> models = ModelConventions.files(PROCESSES, ".bpmn");
    assertThat(models).isNotEmpty();
    Set<String> formIds = ModelConventions.formIds(FORMS);
    List<String> violations = new ArrayList<>();
    for (Path model : models) {
      violations.addAll(inFile(model, ModelConventions.checkBpmn(model, formIds)));
    }
    assertThat(violations).as(ModelConventions.describe(violations)).isEmpty();
  }

  @Test
  void everyDecisionTableFollowsTheConventions() throws Exception {
    List<Path> tables = ModelConventions.files(PROCESSES, ".dmn");
    assertThat(tables).isNotEmpty();
    List<String> violations = new ArrayList<>();
    for (Path table : tables) {
      violations.addAll(inFile(table, ModelConventions.checkDmn(table)));
    }
    assertThat(violations).as(ModelConventions.describe(violations)).isEmpty();
  }

  @Test
  void everyFormFollowsTheConventions() throws Exception {
    List<Path> forms = ModelConventions.files(FORMS, ".form");
    assertThat(forms).isNotEmpty();
    List<String> violations = new ArrayList<>();
    for (Path form : forms) {
      violations.addAll(ModelConventions.checkForm(form));
    }
    assertThat(violations).as(ModelConventions.describe(violations)).isEmpty();
  }

  @Test
  void aCarelessProcessIsCaughtOnEveryCount() throws Exception {
    List<String> violations = ModelConventions.checkBpmn(FIXTURES.resolve("careless.bpmn"), Set.of("known-form"));

    assertThat(violations).containsExactlyInAnyOrder(
        "definitions: modeler:executionPlatform must be 'Camunda Platform' version 7.24.0",
        "Careless_Process: process key must be kebab-case",
        "Careless_Process: no historyTimeToLive",
        "Careless_Process: " + KAZAKH_AND_RUSSIAN,
        "Lane_Reviewers: " + KAZAKH_AND_RUSSIAN,
        "UserTask_1: " + KAZAKH_AND_RUSSIAN,
        "Task_Undrawn: " + KAZAKH_AND_RUSSIAN,
        "Flow_ToSendMail: " + KAZAKH_AND_RUSSIAN,
        "Task_SendMail: " + KAZAKH_AND_RUSSIAN,
        "Flow_ToEnd: " + KAZAKH_AND_RUSSIAN,
        "EndEvent_Done: " + KAZAKH_AND_RUSSIAN,
        "Task_Undrawn: not in the diagram (no BPMNShape/BPMNEdge)",
        "UserTask_1: id must read Task_SomethingMeaningful",
        "UserTask_1: user task has no formRef",
        "UserTask_1: user task has no candidate groups",
        "UserTask_1: user task has no documentation telling the user what to do",
        "UserTask_1: user task has no due date",
        "UserTask_1: user task must be asyncAfter (a save point after the user's click)",
        "Task_Undrawn: formRef 'missing-form' matches no form in forms/",
        "Task_Undrawn: formRefBinding must be 'deployment'",
        "Task_Undrawn: " + ModelConventions.DOCUMENTATION_KAZAKH_AND_RUSSIAN,
        "Task_Undrawn: due date must come from the stage's settings, through its calendar"
            + " (${trainingCalendar.mentorAssignmentDue()}), not be counted in the model",
        "Task_SendMail: service task must be asyncBefore with a failedJobRetryTimeCycle",
        "flow1: id must read Flow_SomethingMeaningful");
  }

  @Test
  void aCarelessFormIsCaught() throws Exception {
    assertThat(ModelConventions.checkForm(FIXTURES.resolve("careless.form"))).containsExactlyInAnyOrder(
        "careless.form: form has no id",
        "careless.form: executionPlatform must be 'Camunda Platform' version 7.24.0",
        "careless.form: schemaVersion above 16 does not render in Tasklist 7.24",
        "careless.form: key 'score' is used by 2 fields",
        "careless.form: field 'score' has no label");
  }

  @Test
  void aCarelessDecisionIsCaught() throws Exception {
    assertThat(ModelConventions.checkDmn(FIXTURES.resolve("careless.dmn")))
        .containsExactlyInAnyOrder("Decision_PassMark: no historyTimeToLive", "Decision_PassMark: " + KAZAKH_AND_RUSSIAN,
            "Input_Stage: " + ModelConventions.TABLE_TEXT_KAZAKH_AND_RUSSIAN);
  }

  /** A violation names its file, so a process owner knows which diagram to open. */
  private static List<String> inFile(Path file, List<String> violations) {
    return violations.stream().map(violation -> file.getFileName() + ": " + violation).toList();
  }
}
