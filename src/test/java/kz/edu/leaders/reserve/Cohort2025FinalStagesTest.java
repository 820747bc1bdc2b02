package kz.edu.leaders.reserve;

import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestFinalStages;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.application.StageResultRepository;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cohort shaped like 2025 (docs/DOMAIN.md): 428 trained candidates reach the final assessment, 17 fail
 * it, 8 are not admitted by the commission, and the reserve counts 403, all through the real processes.
 */
@IntegrationTest
class Cohort2025FinalStagesTest {

  static final int TRAINED = 428;
  static final int FAIL_ASSESSMENT = 17;
  static final int FAIL_INTERVIEW = 8;
  private static final Region[] REGIONS = {Region.TURKISTAN, Region.ALMATY, Region.ASTANA, Region.KARAGANDA,
      Region.SHYMKENT};

  @Autowired
  TestJourneys journeys;
  @Autowired
  TestFinalStages stages;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  ReserveMembershipRepository memberships;
  @Autowired
  StageResultRepository results;

  @Test
  void fourHundredTwentyEightEnterSeventeenFailTheAssessmentEightTheInterviewAndTheReserveCountsFourHundredThree() {
    List<Application> cohort = new ArrayList<>();
    for (int i = 0; i < TRAINED; i++) {
      Application candidate = journeys.journeyAt(TestApplications.valid(REGIONS[i % REGIONS.length]),
          "Activity_FinalAssessment");
      cohort.add(candidate);
      ProcessInstance journey = runtimeService.createProcessInstanceQuery()
          .processInstanceId(candidate.getProcessInstanceId()).singleResult();
      ProcessInstance assessment = stages.calledBy(journey, "final-assessment");
      stages.submitReport(candidate);
      boolean failsAssessment = i < FAIL_ASSESSMENT;
      // scores spread over the range, the two experts never more than 20 apart
      int first = failsAssessment ? 40 + i : 62 + i % 30;
      int second = failsAssessment ? first + i % 3 : Math.min(100, first + i % 15);
      stages.expertReviews(assessment, first, second);
      stages.externalConfirms(assessment);
      if (failsAssessment) {
        journeys.runJobsOf(assessment.getId(), "Task_RecordFinalFailure", "Task_NotifyWithdrawn");
        continue;
      }
      ProcessInstance interview = stages.calledBy(journey, "final-interview");
      stages.schedule(interview, List.of("commission.member", "commission.second"));
      stages.interviewHeld(interview);
      boolean failsInterview = i < FAIL_ASSESSMENT + FAIL_INTERVIEW;
      stages.score(interview, "commission.member", failsInterview ? 2 : 4);
      stages.score(interview, "commission.second", failsInterview ? 3 : 3 + i % 3);
      stages.chair(interview, failsInterview ? "reject" : "admit", null);
      if (failsInterview) {
        journeys.runJobsOf(interview.getId(), "Task_RecordInterviewFailure", "Task_NotifyWithdrawn");
      } else {
        journeys.runJobs(candidate, "Task_EnrolInReserve");
      }
    }

    List<Long> ids = cohort.stream().map(Application::getId).toList();
    Assertions.assertThat(memberships.findAll()).filteredOn(m -> ids.contains(m.getApplicationId()))
        .hasSize(403).allMatch(m -> m.getStatus() == ReserveMembership.Status.VALID);
    Assertions.assertThat(applications.findAllById(ids)).extracting(Application::getStatus)
        .filteredOn(status -> status == ApplicationStatus.IN_RESERVE).hasSize(403);
    Assertions.assertThat(ids.stream().flatMap(id -> results.findByApplicationIdOrderByDecidedAtAsc(id).stream())
            .filter(r -> r.getStage().equals(Stage.WITHDRAWAL)).map(r -> r.getOutcome()).toList())
        .containsOnly(Outcome.FINAL_ASSESSMENT_FAILED, Outcome.INTERVIEW_FAILED)
        .filteredOn(Outcome.FINAL_ASSESSMENT_FAILED::equals).hasSize(FAIL_ASSESSMENT);
    Assertions.assertThat(ids.stream().flatMap(id -> results.findByApplicationIdOrderByDecidedAtAsc(id).stream())
        .filter(r -> r.getOutcome().equals(Outcome.INTERVIEW_FAILED)).count()).isEqualTo(FAIL_INTERVIEW);
    Assertions.assertThat(ids.stream().flatMap(id -> results.findByApplicationIdOrderByDecidedAtAsc(id).stream())
        .filter(r -> r.getStage().equals(Stage.INTERVIEW) && r.getOutcome().equals(Outcome.ADMIT)).count())
        .as("interviewed (411) less those the commission did not admit").isEqualTo(TRAINED - FAIL_ASSESSMENT - FAIL_INTERVIEW);
  }
}
