package kz.edu.leaders.training;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.edu.leaders.placement.Placement;

/** Who mentors a candidate, whether the coordinator took a proposal or overrode it (and why). */
@Entity
@Table(name = "mentor_assignment")
@AttributeOverride(name = "placeId", column = @Column(name = "mentor_id", nullable = false))
@AttributeOverride(name = "chosenBy", column = @Column(name = "assigned_by", nullable = false))
@AttributeOverride(name = "chosenAt", column = @Column(name = "assigned_at", nullable = false))
public class MentorAssignment extends Placement {

  protected MentorAssignment() {
  }

  MentorAssignment(long applicationId, long mentorId, boolean proposed, String overrideReason, String assignedBy,
      Instant assignedAt) {
    super(applicationId, mentorId, proposed, overrideReason, assignedBy, assignedAt);
  }

  public long getMentorId() {
    return getPlaceId();
  }
}
