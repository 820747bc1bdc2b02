package kz.edu.leaders.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationView;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.document.CandidateDocumentRepository;
import kz.edu.leaders.notification.NotificationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the platform holds about a candidate, for the candidate (Law No. 94-V, the subject's
 * right of access): the application as submitted, every document with its contents, each decision
 * about them and every mail sent to them. Decisions come as the candidate may see them: the people
 * who decided are not named, so blind reviewers stay blind.
 */
@Service
public class PersonalDataExport {

  /** The stages whose recorded reason the candidate was told anyway (by mail), and their own corrections. */
  private static final Set<Stage> REASONS_TOLD = Set.of(Stage.ELIGIBILITY, Stage.DOCUMENT_SCREENING, Stage.WITHDRAWAL,
      Stage.DATA_CORRECTION);

  /** A document version; its contents in Base64 in the JSON. */
  public record Document(String kind, int version, String fileName, String contentType, long sizeBytes,
      String sha256, Instant uploadedAt, byte[] content) {
  }

  public record Decision(Stage stage, Outcome outcome, Integer score, Instant decidedAt, String reason) {
  }

  public record Mail(String template, String language, String subject, String status, String recipient,
      Instant createdAt, Instant sentAt) {
  }

  public record Export(Instant generatedAt, ApplicationView application, List<Document> documents,
      List<Decision> decisions, List<Mail> mails) {
  }

  private final ApplicationRepository applications;
  private final CandidateDocumentRepository documents;
  private final StageResultRepository results;
  private final NotificationRepository notifications;
  private final Clock clock;

  public PersonalDataExport(ApplicationRepository applications, CandidateDocumentRepository documents,
      StageResultRepository results, NotificationRepository notifications, Clock clock) {
    this.applications = applications;
    this.documents = documents;
    this.results = results;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Export of(String applicationNumber) {
    Application a = applications.findByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    List<Document> files = documents.infoOf(a.getId()).stream().map(info -> new Document(info.kind().name(),
        info.version(), info.fileName(), info.contentType(), info.sizeBytes(), info.sha256(), info.uploadedAt(),
        documents.findById(info.id()).orElseThrow().getContent())).toList();
    List<Decision> decisions = results.findByApplicationIdOrderByDecidedAtAsc(a.getId()).stream()
        .map(r -> new Decision(r.getStage(), r.getOutcome(), r.getScore(), r.getDecidedAt(),
            REASONS_TOLD.contains(r.getStage()) ? r.getReason() : null)).toList();
    List<Mail> mails = notifications.findByApplicationIdOrderByCreatedAtAsc(a.getId()).stream()
        .map(n -> new Mail(n.getTemplate(), n.getLanguage(), n.getSubject(), n.getStatus().name(), n.getRecipient(),
            n.getCreatedAt(), n.getSentAt())).toList();
    return new Export(clock.instant(), ApplicationView.of(a, true), files, decisions, mails);
  }
}
