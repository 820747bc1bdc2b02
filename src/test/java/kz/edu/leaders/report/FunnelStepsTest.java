package kz.edu.leaders.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunnelStepsTest {

  /** A step counting an outcome its stage never records would always show zero. */
  @Test
  void everyStepCountsOutcomesItsStageRecords() {
    for (ProgrammeReport.Step step : ProgrammeReport.Step.values()) {
      if (step != ProgrammeReport.Step.APPLIED) {
        assertThat(step.outcomes).as(step.name()).isNotEmpty().allMatch(step.stage::records);
      }
    }
  }
}
