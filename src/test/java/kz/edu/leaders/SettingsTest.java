package kz.edu.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import kz.edu.leaders.appeal.AppealSettings;
import kz.edu.leaders.appointment.AppointmentSettings;
import kz.edu.leaders.assessment.FinalAssessmentSettings;
import kz.edu.leaders.config.HistorySettings;
import kz.edu.leaders.document.DocumentSettings;
import kz.edu.leaders.internship.InternshipSettings;
import kz.edu.leaders.reserve.ReserveSettings;
import kz.edu.leaders.training.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The leaders.* settings: the defaults when none is set, and a bad one stops the start naming it. */
class SettingsTest {

  @Configuration
  @EnableConfigurationProperties({TrainingSettings.class, InternshipSettings.class, FinalAssessmentSettings.class,
      ReserveSettings.class, AppointmentSettings.class, HistorySettings.class, DocumentSettings.class,
      AppealSettings.class})
  static class Settings {
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Settings.class).withPropertyValues("leaders.documents.max-size=10MB");

  @Test
  void withNoneSetEachStageHasItsDefault() {
    context.run(started -> {
      assertThat(started.getBean(TrainingSettings.class).levelPeriod()).isEqualTo(Duration.ofDays(30));
      assertThat(started.getBean(InternshipSettings.class).minimumMentorMeetings()).isEqualTo(6);
      assertThat(started.getBean(InternshipSettings.class).stepDeadline()).isEqualTo(Duration.ofDays(14));
      assertThat(started.getBean(FinalAssessmentSettings.class).reportDeadline()).isEqualTo(Duration.ofDays(30));
      assertThat(started.getBean(ReserveSettings.class).term()).isEqualTo(Period.ofYears(3));
      assertThat(started.getBean(AppointmentSettings.class).answerDeadline()).isEqualTo(Duration.ofDays(7));
      assertThat(started.getBean(HistorySettings.class).retentionDays()).isEqualTo(1825);
      assertThat(started.getBean(DocumentSettings.class).maxSize()).isEqualTo(DataSize.ofMegabytes(10));
      assertThat(started.getBean(AppealSettings.class).window()).isEqualTo(Duration.ofDays(10));
      assertThat(started.getBean(AppealSettings.class).decisionTime()).isEqualTo(Duration.ofDays(14));
    });
  }

  @Test
  void aQuickDemoRunsALevelInMinutes() {
    context.withPropertyValues("leaders.training.level-period=PT2M")
        .run(started -> assertThat(started.getBean(TrainingSettings.class).levelPeriod()).hasMinutes(2));
  }

  @Test
  void aValueThatCannotBeReadStopsTheStartNamingTheSetting() {
    assertRefused("leaders.appointment.answer-deadline=seven days", "leaders.appointment.answer-deadline");
    assertRefused("leaders.reserve.term=P3X", "leaders.reserve.term");
  }

  @Test
  void aZeroOrNegativeValueStopsTheStartNamingTheSetting() {
    assertRefused("leaders.internship.minimum-mentor-meetings=-1", "minimumMentorMeetings");
    assertRefused("leaders.training.meeting-reminder=PT0S", "meetingReminder");
    assertRefused("leaders.reserve.term=P0D", "leaders.reserve.term must be a period after the enrolment");
    assertRefused("leaders.history.retention-days=0", "retentionDays");
    assertRefused("leaders.appeals.window=PT0S", "leaders.appeals.window must be a positive duration");
    assertRefused("leaders.documents.max-size=0B", "leaders.documents.max-size must be more than 0 bytes");
  }

  private void assertRefused(String setting, String named) {
    context.withPropertyValues(setting).run(started -> assertThat(started).hasFailed().getFailure()
        .satisfies(failure -> assertThat(messages(failure)).contains(named)));
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
