package kz.edu.leaders.internship;

import kz.edu.leaders.placement.PlacementRepository;

public interface InternshipPlacementRepository extends PlacementRepository<InternshipPlacement> {
}
