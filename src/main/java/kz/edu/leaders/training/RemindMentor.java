package kz.edu.leaders.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.notification.NotificationService;
import kz.edu.leaders.notification.NotificationTemplates;
import kz.edu.leaders.notification.OutgoingMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every month of training: a mentor who has not met their trainee for a month is reminded, in Kazakh
 * and Russian. A mentor who has met them hears nothing.
 */
@Component("remindMentor")
public class RemindMentor implements JavaDelegate {

  static final String TEMPLATE = "mentor-reminder";
  static final int DAYS_WITHOUT_MEETING = 30;

  private final MentorMeetings meetings;
  private final MentorAssignmentRepository assignments;
  private final MentorRepository mentors;
  private final NotificationTemplates templates;
  private final NotificationService notifications;
  private final Clock clock;

  public RemindMentor(MentorMeetings meetings, MentorAssignmentRepository assignments, MentorRepository mentors,
      NotificationTemplates templates, NotificationService notifications, Clock clock) {
    this.meetings = meetings;
    this.assignments = assignments;
    this.mentors = mentors;
    this.templates = templates;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long applicationId = CandidateJourney.APPLICATION_ID.from(execution);
    LocalDate today = LocalDate.now(clock);
    long days = ChronoUnit.DAYS.between(meetings.lastContact(applicationId), today);
    if (days < DAYS_WITHOUT_MEETING) {
      return;
    }
    Mentor mentor = mentors.findById(assignments.findByApplicationId(applicationId).orElseThrow().getMentorId())
        .orElseThrow();
    Map<String, Object> model = Map.of("mentorName", mentor.getFullName(),
        "applicationNumber", CandidateJourney.APPLICATION_NUMBER.from(execution), "daysSinceMeeting", days);
    NotificationTemplates.Rendered mail = templates.renderBothLanguages(TEMPLATE, model);
    notifications.deliver(NotificationService.keyOfCurrentJob(execution),
        new OutgoingMail(applicationId, execution.getProcessInstanceId(), mentor.getEmail(), TEMPLATE, "kk+ru",
            mail.subject(), mail.htmlBody()));
  }
}
