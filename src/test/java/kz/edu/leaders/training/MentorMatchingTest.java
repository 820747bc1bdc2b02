package kz.edu.leaders.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.AtOnce;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Mentors for candidates starting training: proposals, conflicts of interest, capacity, overrides. */
@IntegrationTest
@SuppressWarnings("unchecked")
class MentorMatchingTest {

  @Autowired
  MentorMatching matching;
  @Autowired
  MentorRepository mentors;
  @Autowired
  MentorAssignmentRepository assignments;
  @Autowired
  ApplicationService applications;
  @Autowired
  TestRestTemplate http;
  @Autowired
  TestJourneys journeys;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;

  @Test
  void proposalsPutTheRegionFirstAndNeverSomeoneFromTheCandidatesOwnOrganisation() {
    Application candidate = applications.submit(TestApplications.valid(Region.TURKISTAN));
    Mentor colleague = mentors.save(new Mentor("Колледж Әріптес", Region.TURKISTAN, " кентау,  №5 мектеп-лицей ",
        "Any", "colleague@mentor.example.kz", 9));

    List<Mentor> proposals = matching.propose(candidate.getId());

    assertThat(proposals).isNotEmpty().noneMatch(m -> m.getId().equals(colleague.getId()))
        .allMatch(m -> m.placesLeft() > 0);
    assertThat(proposals.get(0).getRegion()).isEqualTo(Region.TURKISTAN);
    assertThatThrownBy(() -> matching.choose(candidate.getId(), colleague.getId(), "He knows her work best of all",
        "coordinator")).isInstanceOf(FieldRefused.class).hasMessageContaining("(конфликт интересов)");
    assertThat(assignments.findByApplicationId(candidate.getId())).isEmpty();
  }

  @Test
  void choosingAMentorOutsideTheProposalsNeedsAReason() {
    Application candidate = applications.submit(TestApplications.valid(Region.TURKISTAN));
    Mentor faraway = mentors.save(new Mentor("Алыс Тәлімгер", Region.ULYTAU, "Ұлытау мектебі", "Any",
        "far@mentor.example.kz", 2));
    List<Mentor> proposals = matching.propose(candidate.getId());
    assertThat(proposals).noneMatch(m -> m.getId().equals(faraway.getId()));

    assertThatThrownBy(() -> matching.choose(candidate.getId(), faraway.getId(), "", "coordinator"))
        .hasMessageContaining("Напишите, почему выбор не из предложенных (не менее 10 символов)");
    matching.choose(candidate.getId(), faraway.getId(), "Same subject, she asked for him", "coordinator");

    MentorAssignment assignment = assignments.findByApplicationId(candidate.getId()).orElseThrow();
    assertThat(assignment.isProposed()).isFalse();
    assertThat(assignment.getOverrideReason()).isEqualTo("Same subject, she asked for him");
    assertThat(assignment.getChosenBy()).isEqualTo("coordinator");
    assertThat(mentors.findById(faraway.getId()).orElseThrow().getActiveTrainees()).isEqualTo(1);
  }

  @Test
  void theFormOffersTheProposalsThenEveryOtherMentorWithAPlaceAndSubmitsTheChosenIdAsText() {
    Mentor faraway = mentors.save(new Mentor("Форма Тәлімгер", Region.ULYTAU, "Ұлытау мектебі " + System.nanoTime(),
        "Any", "form." + System.nanoTime() + "@mentor.example.kz", 2));
    Application candidate = journeys.journeyAt(TestApplications.valid(Region.TURKISTAN), "Activity_Training");
    ProcessInstance training = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(candidate.getProcessInstanceId()).singleResult();
    Task assign = taskService.createTaskQuery().processInstanceId(training.getId()).singleResult();
    assertThat(assign.getTaskDefinitionKey()).isEqualTo("Task_AssignMentor");

    List<Map<String, String>> options = (List<Map<String, String>>) taskService.getVariableLocal(assign.getId(),
        "mentorOptions");
    List<String> proposed = matching.propose(candidate.getId()).stream().map(m -> String.valueOf(m.getId())).toList();
    assertThat(options).extracting(o -> o.get("value")).startsWith(proposed.toArray(String[]::new))
        .contains(String.valueOf(faraway.getId())).doesNotHaveDuplicates();
    assertThat(options.get(0).get("label")).startsWith("Ұсыныс / Предложение: ").contains("бос орын / мест: ");
    assertThat(options).filteredOn(o -> o.get("value").equals(String.valueOf(faraway.getId()))).singleElement()
        .satisfies(o -> assertThat(o.get("label")).startsWith("Басқа, себебімен / Другой, с причиной: Форма Тәлімгер"));
    assertThat(runtimeService.getVariable(training.getId(), "mentorOptions")).as("task-local only").isNull();

    taskService.claim(assign.getId(), "coordinator");
    assertThatThrownBy(() -> taskService.complete(assign.getId(), Map.of("mentorId", "999999999")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Выбранный наставник не найден");
    assertThatThrownBy(() -> taskService.complete(assign.getId(), Map.of("mentorId", String.valueOf(faraway.getId()))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Напишите, почему выбор не из предложенных (не менее 10 символов)");
    taskService.complete(assign.getId(), Map.of("mentorId", proposed.get(0), "overrideReason", ""));

    MentorAssignment assignment = assignments.findByApplicationId(candidate.getId()).orElseThrow();
    assertThat(assignment.getMentorId()).isEqualTo(Long.valueOf(proposed.get(0)));
    assertThat(assignment.isProposed()).isTrue();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(training.getId())
        .variableName("mentorOptions").count()).as("never in history").isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(training.getId())
        .variableName("mentorProposals").count()).isEqualTo(1);
  }

  @Test
  void twoCoordinatorsTakingTheLastPlaceAtOnceNeverOverfillTheMentor() throws Exception {
    Mentor lastPlace = mentors.save(new Mentor("Бір Орын", Region.ULYTAU, "Ұлытау гимназиясы", "Any",
        "one@mentor.example.kz", 1));
    Application first = applications.submit(TestApplications.valid(Region.ULYTAU));
    Application second = applications.submit(TestApplications.valid(Region.ULYTAU));
    List<Boolean> results = AtOnce.run(() -> assign(first, lastPlace), () -> assign(second, lastPlace));

    assertThat(results).containsExactlyInAnyOrder(true, false);
    assertThat(mentors.findById(lastPlace.getId()).orElseThrow().getActiveTrainees()).isEqualTo(1);
    Application winner = results.get(0) ? first : second;
    matching.release(winner.getId());
    assertThat(mentors.findById(lastPlace.getId()).orElseThrow().getActiveTrainees()).isZero();
  }

  @Test
  void theTraineesOwnMentorLogsMeetingsAndNobodyElse() throws Exception {
    Application candidate = applications.submit(TestApplications.valid(Region.TURKISTAN));
    Mentor demoMentor = mentors.findAll().stream().filter(m -> "mentor".equals(m.getUserId())).findFirst()
        .orElseThrow();
    matching.choose(candidate.getId(), demoMentor.getId(), "The demo mentor, chosen on purpose", "coordinator");
    String path = "/api/applications/" + candidate.getApplicationNumber() + "/mentor-meetings";
    String today = LocalDate.now(new ProgrammeClock()).toString();

    var logged = http.withBasicAuth("mentor", "demo").postForEntity(path,
        java.util.Map.of("date", today, "topic", "School development plan", "notes", "Read the plan together"),
        String.class);
    assertThat(logged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(http.withBasicAuth("trainer", "demo").postForEntity(path,
        java.util.Map.of("date", today, "topic", "Not mine"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var tomorrow = http.withBasicAuth("mentor", "demo").postForEntity(path, java.util.Map.of("date",
        java.time.LocalDate.parse(today).plusDays(1).toString(), "topic", "Planned"), String.class);
    assertThat(tomorrow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tomorrow.getBody()).contains("\"field\":\"date\"");
    var noTopic = http.withBasicAuth("mentor", "demo").postForEntity(path, java.util.Map.of("date", today,
        "topic", " "), String.class);
    assertThat(noTopic.getBody()).contains("\"field\":\"topic\"");

    var list = http.withBasicAuth("auditor", "demo").getForEntity(path, String.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).contains("School development plan").contains("\"loggedBy\":\"mentor\"");
  }

  @Test
  void coordinatorsKeepTheRegistry() {
    var created = http.withBasicAuth("coordinator", "demo").postForEntity("/api/mentors",
        java.util.Map.of("fullName", "Жаңа Тәлімгер", "region", "ABAI", "organisation", "Семей, №1 лицей",
            "expertise", "STEM", "email", "new@mentor.example.kz", "maxTrainees", 3), String.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var refused = http.withBasicAuth("coordinator", "demo").postForEntity("/api/mentors",
        java.util.Map.of("fullName", "", "region", "MARS", "maxTrainees", 0), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("region").contains("maxTrainees").contains("email");
    assertThat(http.withBasicAuth("reviewer.turkistan", "demo").postForEntity("/api/mentors",
        java.util.Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private boolean assign(Application candidate, Mentor mentor) {
    try {
      matching.choose(candidate.getId(), mentor.getId(), "The only mentor in the region", "coordinator");
      return true;
    } catch (FieldRefused full) {
      return false;
    }
  }
}
