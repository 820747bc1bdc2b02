package kz.edu.leaders.internship;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestInternships;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.region.Region;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A process owner who gives the coordinators nine days instead of five sees the placement task due
 * nine days after it opened: the due date comes from leaders.internship.placement-time, not the model.
 */
@IntegrationTest
@TestPropertySource(properties = {
    "leaders.internship.placement-time=P9D",
    // an engine of its own name: closing this context must not unregister the shared context's "default"
    "camunda.bpm.process-engine-name=placementdue"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PlacementDueSettingTest {

  @Autowired
  ApplicationService applicationService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TestInternships internships;

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  void theChangedSettingMovesThePlacementsDueDate() {
    Application candidate = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    Instant opened = Instant.parse("2026-09-01T04:00:00Z");
    ClockUtil.setCurrentTime(Date.from(opened));

    ProcessInstance internship = runtimeService.startProcessInstanceByKey(Internship.PROCESS_KEY,
        candidate.getApplicationNumber(), candidate.journeyVariables());

    Assertions.assertThat(internships.openTask(internship, "Task_PlaceIntern").getDueDate())
        .isEqualTo(Date.from(opened.plus(Duration.ofDays(9))));
  }
}
