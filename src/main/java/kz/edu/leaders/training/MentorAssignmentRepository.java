package kz.edu.leaders.training;

import kz.edu.leaders.placement.PlacementRepository;

public interface MentorAssignmentRepository extends PlacementRepository<MentorAssignment> {
}
