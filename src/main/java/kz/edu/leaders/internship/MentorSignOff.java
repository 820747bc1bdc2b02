package kz.edu.leaders.internship;

import java.time.Clock;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.staff.StaffRegistry;
import kz.edu.leaders.training.Mentor;
import kz.edu.leaders.training.MentorMeetings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentor signs the internship off: only the candidate's own mentor (with no account linked, a
 * training coordinator on their behalf: LinkedAccountTask), and only after the minimum
 * number of logged meetings ({@code leaders.internship.minimum-mentor-meetings}).
 */
@Service
public class MentorSignOff {

  private final MentorMeetings meetings;
  private final StageResultRepository results;
  private final StaffRegistry staff;
  private final Clock clock;
  private final int minimumMeetings;

  public MentorSignOff(MentorMeetings meetings, StageResultRepository results, StaffRegistry staff, Clock clock,
      InternshipSettings settings) {
    this.meetings = meetings;
    this.results = results;
    this.staff = staff;
    this.clock = clock;
    this.minimumMeetings = settings.minimumMentorMeetings();
  }

  public int minimumMeetings() {
    return minimumMeetings;
  }

  /** Only the candidate's own mentor signs off (or, with no account linked, a coordinator: LinkedAccountTask). */
  @Transactional(readOnly = true)
  public void requireMentor(long applicationId, String signedBy) {
    Mentor mentor = meetings.mentorOf(applicationId);
    LinkedAccountTask.requireWorker(mentor.getUserId(), signedBy, Internship.SIGN_OFF_CONFIRMED,
        mentor.getFullName(), staff);
  }

  /**
   * @param comment as checked on the form ({@link #requireMentor} first), "" when none
   */
  @Transactional
  public void signOff(long applicationId, String comment, String signedBy) {
    long held = meetings.held(applicationId);
    if (held < minimumMeetings) {
      throw new FieldRefused(Internship.SIGN_OFF_CONFIRMED, "Тағылымдаманы растау үшін тәлімгермен кемінде "
          + minimumMeetings + " кездесу керек, жазылғаны: " + held + " / Для подтверждения стажировки нужно не менее "
          + minimumMeetings + " встреч с наставником, записано: " + held);
    }
    results.save(new StageResult(applicationId, Stage.INTERNSHIP_SIGN_OFF, Outcome.SIGNED_OFF,
        held + " mentor meetings" + (comment.isEmpty() ? "" : ": " + comment), signedBy, clock.instant()));
  }
}
