package kz.edu.leaders.testing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TestImportRepository extends JpaRepository<TestImport, Long> {
}
