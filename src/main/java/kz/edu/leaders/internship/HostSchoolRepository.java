package kz.edu.leaders.internship;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HostSchoolRepository extends JpaRepository<HostSchool, Long> {
}
