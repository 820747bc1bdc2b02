package kz.edu.leaders.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DataCorrectionRepository extends JpaRepository<DataCorrection, Long> {
}
