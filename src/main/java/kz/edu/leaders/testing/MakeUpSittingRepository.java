package kz.edu.leaders.testing;

import org.springframework.data.jpa.repository.JpaRepository;

interface MakeUpSittingRepository extends JpaRepository<MakeUpSitting, Long> {
}
