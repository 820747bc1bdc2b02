package kz.edu.leaders.application;

import java.util.List;
import kz.edu.leaders.identity.ProcessAccess;
import kz.edu.leaders.identity.ProcessAccess.TaskColumn;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.CandidateJourney;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who reads the candidate journey, and what Tasklist shows of each candidate: the number, masked IIN, region. */
@Configuration
class JourneyAccess {

  /** The portal applies through POST /api/applications; the application starts the journey itself. */
  @Bean
  ProcessAccess candidateJourneyGrants() {
    return new ProcessAccess(CandidateJourney.PROCESS_KEY, List.of(Role.DOCUMENT_REVIEWERS, Role.APPLICATION_INTAKE),
        List.of(new TaskColumn(CandidateJourney.APPLICATION_NUMBER.name(), "Өтінім / Заявка"),
            new TaskColumn(CandidateJourney.CANDIDATE_MASKED_IIN, "Үміткер (ЖСН) / Кандидат (ИИН)"),
            new TaskColumn(CandidateJourney.REGION_NAME.name(), "Өңір / Регион")));
  }
}
