package kz.edu.leaders.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnonymisationRepository extends JpaRepository<Anonymisation, Long> {
}
