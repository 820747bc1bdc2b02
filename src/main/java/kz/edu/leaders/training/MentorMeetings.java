package kz.edu.leaders.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStateException;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.region.ProgrammeClock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mentors log their meetings with their trainees; coordinators may log for them. */
@Service
public class MentorMeetings {

  private final ApplicationRepository applications;
  private final MentorAssignmentRepository assignments;
  private final MentorRepository mentors;
  private final MentorMeetingRepository meetings;
  private final Clock clock;

  public MentorMeetings(ApplicationRepository applications, MentorAssignmentRepository assignments,
      MentorRepository mentors, MentorMeetingRepository meetings, Clock clock) {
    this.applications = applications;
    this.assignments = assignments;
    this.mentors = mentors;
    this.meetings = meetings;
    this.clock = clock;
  }

  @Transactional
  public MentorMeeting log(String applicationNumber, LocalDate metOn, String topic, String notes, CurrentUser caller) {
    Application application = application(applicationNumber);
    MentorAssignment assignment = currentAssignment(application);
    requireMentorOrCoordinator(assignment, caller, false);
    LocalDate today = LocalDate.now(clock);
    if (metOn == null || metOn.isAfter(today)) {
      throw new FieldRefused("date", "Кездесу күнін көрсетіңіз, бүгіннен кешірек емес / "
          + "Укажите дату встречи, не позже сегодняшнего дня");
    }
    if (metOn.isBefore(assignment.getChosenAt().atZone(ProgrammeClock.ZONE).toLocalDate())) {
      throw new FieldRefused("date", "Кездесу күні тәлімгер тағайындалған күннен ерте болмауы керек / "
          + "Дата встречи не может быть раньше назначения наставника");
    }
    if (topic == null || topic.isBlank() || topic.length() > 300) {
      throw new FieldRefused("topic", "Кездесудің тақырыбын жазыңыз (300 таңбаға дейін) / "
          + "Укажите тему встречи (до 300 символов)");
    }
    if (notes != null && notes.length() > 4000) {
      throw new FieldRefused("notes", "Кездесу жазбасы 4000 таңбадан аспауы керек / "
          + "Заметки о встрече не должны превышать 4000 символов");
    }
    return meetings.save(new MentorMeeting(application.getId(), assignment.getMentorId(), metOn, topic.trim(),
        notes == null || notes.isBlank() ? null : notes.trim(), caller.userId(), clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<MentorMeeting> of(String applicationNumber, CurrentUser caller) {
    Application application = application(applicationNumber);
    requireMentorOrCoordinator(currentAssignment(application), caller, true);
    return meetings.findByApplicationIdOrderByMetOnAsc(application.getId());
  }

  /** The last day the trainee and their mentor met, or were brought together. */
  @Transactional(readOnly = true)
  public LocalDate lastContact(long applicationId) {
    return meetings.findFirstByApplicationIdOrderByMetOnDesc(applicationId).map(MentorMeeting::getMetOn)
        .orElseGet(() -> assignments.findByApplicationId(applicationId).orElseThrow().getChosenAt()
            .atZone(ProgrammeClock.ZONE).toLocalDate());
  }

  /** How many meetings the trainee and their mentor logged. */
  @Transactional(readOnly = true)
  public long held(long applicationId) {
    return meetings.countByApplicationId(applicationId);
  }

  /** The trainee's mentor, while the mentoring lasts. */
  @Transactional(readOnly = true)
  public Mentor mentorOf(long applicationId) {
    MentorAssignment assignment = assignments.findByApplicationId(applicationId).filter(a -> a.getReleasedAt() == null)
        .orElseThrow(() -> new IllegalStateException("application " + applicationId + " has no mentor"));
    return mentors.findById(assignment.getMentorId()).orElseThrow();
  }

  private Application application(String applicationNumber) {
    return applications.findByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
  }

  private MentorAssignment currentAssignment(Application application) {
    return assignments.findByApplicationId(application.getId()).filter(a -> a.getReleasedAt() == null)
        .orElseThrow(() -> new ApplicationStateException(application.getApplicationNumber()
            + " өтінімінің үміткеріне тәлімгер тағайындалмаған / Кандидату по заявке "
            + application.getApplicationNumber() + " не назначен наставник"));
  }

  private void requireMentorOrCoordinator(MentorAssignment assignment, CurrentUser caller, boolean auditorsToo) {
    Mentor mentor = mentors.findById(assignment.getMentorId()).orElseThrow();
    boolean allowed = caller.userId().equals(mentor.getUserId()) || caller.has(Role.TRAINING_COORDINATORS)
        || caller.has(Role.ADMINISTRATORS) || auditorsToo && caller.has(Role.AUDITORS);
    if (!allowed) {
      throw new AccessDeniedException("Бұл кездесулерді тек үміткердің өз тәлімгері немесе оқыту үйлестірушісі "
          + "жүргізеді / Эти встречи ведут только наставник кандидата или координатор обучения");
    }
  }
}
