package kz.edu.leaders.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidateDocumentViewRepository extends JpaRepository<CandidateDocumentView, Long> {

  List<CandidateDocumentView> findByApplicationIdOrderByViewedAtAsc(long applicationId);
}
