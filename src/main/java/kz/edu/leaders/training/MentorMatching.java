package kz.edu.leaders.training;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.journey.TaskClaim;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes mentors for a candidate starting training (places left, same region first, never from
 * the candidate's own organisation) and records the coordinator's choice, which takes a place only
 * if one is left, even when two coordinators choose the same mentor at once.
 */
@Service
public class MentorMatching {

  static final int PROPOSALS = 5;

  private final MentorRepository mentors;
  private final MentorAssignmentRepository assignments;
  private final ApplicationRepository applications;
  private final Clock clock;

  public MentorMatching(MentorRepository mentors, MentorAssignmentRepository assignments,
      ApplicationRepository applications, Clock clock) {
    this.mentors = mentors;
    this.assignments = assignments;
    this.applications = applications;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Mentor> propose(long applicationId) {
    Application application = applications.findById(applicationId).orElseThrow();
    return mentors.findAll().stream()
        .filter(mentor -> mentor.placesLeft() > 0 && !mentor.worksAt(application.getOrganisationName()))
        .sorted(Comparator.comparing((Mentor mentor) -> mentor.getRegion() != application.getRegion())
            .thenComparingInt(Mentor::getActiveTrainees).thenComparing(Mentor::getId))
        .limit(PROPOSALS).toList();
  }

  /** What the coordinator chooses from: the proposals, then every other mentor with a place (an override). */
  public record Choices(List<Mentor> proposed, List<Mentor> others) {
  }

  @Transactional(readOnly = true)
  public Choices choices(long applicationId) {
    Application application = applications.findById(applicationId).orElseThrow();
    List<Mentor> proposed = propose(applicationId);
    List<Mentor> others = mentors.findAll().stream()
        .filter(mentor -> mentor.placesLeft() > 0 && !mentor.worksAt(application.getOrganisationName())
            && proposed.stream().noneMatch(p -> p.getId().equals(mentor.getId())))
        .sorted(Comparator.comparing((Mentor mentor) -> mentor.getRegion() != application.getRegion())
            .thenComparing(Mentor::getFullName).thenComparing(Mentor::getId))
        .toList();
    return new Choices(proposed, others);
  }

  /**
   * @param overrideReason required when the mentor is not among the proposals
   * @throws FormFieldValidationException naming the form field, when the choice cannot stand
   */
  @Transactional
  public Mentor assign(long applicationId, Object mentorId, String overrideReason, String coordinator) {
    TaskClaim.require(coordinator, "mentorId");
    Application application = applications.findById(applicationId).orElseThrow();
    Mentor mentor = (mentorId instanceof Number id ? mentors.findById(id.longValue()) : java.util.Optional.<Mentor>empty())
        .orElseThrow(() -> new FormFieldValidationException("mentorId", "mentorId: no mentor " + mentorId));
    if (mentor.worksAt(application.getOrganisationName())) {
      throw new FormFieldValidationException("mentorId",
          "mentorId: " + mentor.getFullName() + " works at the candidate's organisation (conflict of interest)");
    }
    boolean proposed = propose(applicationId).stream().anyMatch(p -> p.getId().equals(mentor.getId()));
    String reason = CoordinatorChoice.overrideReason(proposed, overrideReason, "mentor");
    if (mentors.takePlace(mentor.getId()) == 0) {
      throw new FormFieldValidationException("mentorId",
          "mentorId: " + mentor.getFullName() + " has no place left; choose another mentor");
    }
    MentorAssignment released = assignments.findByApplicationId(applicationId)
        .filter(earlier -> earlier.getReleasedAt() != null).orElse(null);
    if (released != null) {
      released.reassign(mentor.getId(), proposed, reason, coordinator, clock.instant());
    } else {
      assignments.save(new MentorAssignment(applicationId, mentor.getId(), proposed, reason,
          coordinator, clock.instant()));
    }
    return mentors.findById(mentor.getId()).orElseThrow();
  }

  /** The candidate left: their mentor's place is free again. */
  @Transactional
  public void release(long applicationId) {
    assignments.findByApplicationId(applicationId).filter(a -> a.getReleasedAt() == null).ifPresent(assignment -> {
      // first: the place's bulk update flushes this change, then clears the persistence context
      assignment.release(clock.instant());
      mentors.releasePlace(assignment.getMentorId());
    });
  }
}
