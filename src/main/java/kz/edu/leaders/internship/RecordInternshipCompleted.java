package kz.edu.leaders.internship;

import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.training.MentorMatching;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Evaluated and signed off: the internship is complete, and the mentoring with it (the mentor's place frees). */
@Component("recordInternshipCompleted")
public class RecordInternshipCompleted implements JavaDelegate {

  private final ApplicationRepository applications;
  private final MentorMatching mentors;

  public RecordInternshipCompleted(ApplicationRepository applications, MentorMatching mentors) {
    this.applications = applications;
    this.mentors = mentors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long applicationId = CandidateJourney.applicationId(execution);
    applications.findById(applicationId).orElseThrow().changeStatus(ApplicationStatus.INTERNSHIP_COMPLETED);
    mentors.release(applicationId);
    Internship.COMPLETED.set(execution, true);
  }
}
