package kz.edu.leaders.training;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.placement.Placements;
import org.springframework.stereotype.Service;

/**
 * Mentors for candidates starting training ({@link Placements}): every mentor with a trainee's place
 * left may be proposed, those with the fewest trainees first; the other mentors are listed by name.
 */
@Service
public class MentorMatching extends Placements<Mentor, MentorAssignment> {

  private final MentorRepository mentors;

  public MentorMatching(MentorRepository mentors, MentorAssignmentRepository assignments,
      ApplicationRepository applications, Clock clock) {
    super(mentors, assignments, applications, clock, new Wording(MentorSteps.MENTOR_ID, "тәлімгер", "наставник"));
    this.mentors = mentors;
  }

  @Override
  protected List<Mentor> open() {
    return mentors.findAll().stream().filter(mentor -> mentor.placesLeft() > 0).toList();
  }

  @Override
  protected Comparator<Mentor> proposalOrder() {
    return Comparator.comparingInt(Mentor::getActiveTrainees).thenComparing(Mentor::getId);
  }

  @Override
  protected Comparator<Mentor> othersOrder() {
    return Comparator.comparing(Mentor::getFullName).thenComparing(Mentor::getId);
  }

  @Override
  protected MentorAssignment newPlacement(long applicationId, Mentor mentor, boolean proposed, String overrideReason,
      String chosenBy, Instant at) {
    return new MentorAssignment(applicationId, mentor.getId(), proposed, overrideReason, chosenBy, at);
  }
}
