package kz.edu.leaders.testing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TestImportRowRepository extends JpaRepository<TestImportRow, Long> {

  List<TestImportRow> findByImportIdOrderByRowNumberAsc(Long importId);
}
