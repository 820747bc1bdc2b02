package kz.edu.leaders.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditAccessRepository extends JpaRepository<AuditAccess, Long> {

  List<AuditAccess> findByApplicationNumberOrderByAccessedAtAsc(String applicationNumber);
}
