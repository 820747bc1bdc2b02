package kz.edu.leaders.document;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStateException;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.config.Download;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.AsTheApplication;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.identity.PersonalDataVariables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import kz.edu.leaders.config.RequestRefused;

/**
 * The candidate's documents: uploaded through the portal while the application is screened or
 * waits for documents, each kind in versions, and opened by the reviewers of the candidate's open
 * screening task (each look recorded for the auditor's trail).
 */
@Service
public class CandidateDocuments {

  /** The journey's screening task, whose form links the documents. */
  public static final String SCREENING_TASK = "Task_ScreenDocuments";
  private static final Set<ApplicationStatus> OPEN_FOR_DOCUMENTS =
      Set.of(ApplicationStatus.DOCUMENT_SCREENING, ApplicationStatus.DOCUMENTS_INCOMPLETE);
  private static final int MAX_FILE_NAME = 255;
  private static final String KINDS =
      Arrays.stream(DocumentKind.values()).map(DocumentKind::slug).collect(Collectors.joining(", "));

  /** What the content is, told by its first bytes. */
  enum ContentType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    final String mediaType;
    final String extension;
    private final byte[] magic;

    ContentType(String mediaType, String extension, byte[] magic) {
      this.mediaType = mediaType;
      this.extension = extension;
      this.magic = magic;
    }

    static Optional<ContentType> of(byte[] content) {
      return Arrays.stream(values())
          .filter(type -> content.length >= type.magic.length
              && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length))
          .findFirst();
    }
  }

  /** A version as opened: what to send the browser. */
  public record Opened(String fileName, String contentType, byte[] content) {
  }

  private final CandidateDocumentRepository documents;
  private final CandidateDocumentViewRepository views;
  private final ApplicationRepository applications;
  private final TaskService taskService;
  private final AsTheApplication asTheApplication;
  private final DataSize maxSize;
  private final Clock clock;

  public CandidateDocuments(CandidateDocumentRepository documents, CandidateDocumentViewRepository views,
      ApplicationRepository applications, TaskService taskService, AsTheApplication asTheApplication,
      DocumentSettings settings, Clock clock) {
    this.documents = documents;
    this.views = views;
    this.applications = applications;
    this.taskService = taskService;
    this.asTheApplication = asTheApplication;
    this.maxSize = settings.maxSize();
    this.clock = clock;
  }

  /**
   * Stores the next version of a document; the content decides its type (PDF, JPEG, PNG), not its
   * name. The open screening task's form then links it.
   */
  @Transactional
  public CandidateDocumentRepository.Info upload(String applicationNumber, String kindName, String fileName,
      byte[] content, String uploadedBy) {
    DocumentKind kind = DocumentKind.parse(kindName).orElseThrow(() -> new FieldRefused("kind",
        "Мұндай құжат түрі жоқ; түрлері: " + KINDS + " / Такого вида документа нет; виды: " + KINDS));
    // one upload of an application at a time: versions are numbered without gaps or twins
    Application application = applications.lockByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    if (!OPEN_FOR_DOCUMENTS.contains(application.getStatus())) {
      throw new ApplicationStateException(applicationNumber + " өтінімі қазір құжат қабылдамайды: құжаттар тек "
          + "құжаттарды тексеру кезінде немесе жетіспейтін құжаттарды күткенде жүктеледі / Заявка " + applicationNumber
          + " сейчас не принимает документы: их загружают только во время проверки документов или пока ждут "
          + "недостающие документы");
    }
    if (content == null || content.length == 0) {
      throw new FieldRefused("file", "Жүктелген файл бос / Загруженный файл пуст");
    }
    if (content.length > maxSize.toBytes()) {
      throw new FieldRefused("file", "Файлдың көлемі " + maxSize.toMegabytes() + " МБ-тан аспауы керек / "
          + "Размер файла не должен превышать " + maxSize.toMegabytes() + " МБ");
    }
    ContentType type = ContentType.of(content).orElseThrow(() -> new FieldRefused("file",
        "Файл PDF, JPEG немесе PNG болуы керек (мазмұны бұлардың ешқайсысы емес) / "
            + "Файл должен быть в формате PDF, JPEG или PNG (его содержимое не подходит ни к одному из них)"));
    CandidateDocument saved = documents.save(new CandidateDocument(application.getId(), kind,
        documents.lastVersion(application.getId(), kind) + 1, fileName(fileName, kind, type), type.mediaType,
        content.length, sha256(content), content, clock.instant(), uploadedBy));
    documents.flush();
    refreshOpenScreeningTasks(application);
    return info(saved);
  }

  /**
   * The screening form's list of the candidate's documents, the latest version of each kind, each
   * a link that opens it for this task's workers (markdown, for a Camunda Forms text component).
   * Holds the application's upload lock, so an upload racing the task's creation is either listed
   * here or, committed after it, finds the task and refreshes the list.
   */
  @Transactional
  public String linksFor(long applicationId, String taskId) {
    applications.lockById(applicationId);
    Map<DocumentKind, List<CandidateDocumentRepository.Info>> byKind = new EnumMap<>(DocumentKind.class);
    documents.infoOf(applicationId).forEach(info -> byKind.computeIfAbsent(info.kind(), k -> new java.util.ArrayList<>())
        .add(info));
    StringBuilder text = new StringBuilder("#### Құжаттар / Документы\n");
    for (DocumentKind kind : DocumentKind.values()) {
      List<CandidateDocumentRepository.Info> versions = byKind.getOrDefault(kind, List.of());
      text.append("- ").append(kind.label()).append(": ");
      if (versions.isEmpty()) {
        text.append("жүктелмеген / не загружен\n");
        continue;
      }
      CandidateDocumentRepository.Info latest = versions.stream()
          .max(Comparator.comparingInt(CandidateDocumentRepository.Info::version)).orElseThrow();
      text.append('[').append(markdownText(latest.fileName())).append("](").append(path(taskId, latest.id()))
          .append(") · ").append(kilobytes(latest.sizeBytes())).append(" КБ");
      if (versions.size() > 1) {
        text.append(" · нұсқа / версия ").append(latest.version());
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** Where a task's worker opens a document. */
  public static String path(String taskId, long documentId) {
    return "/api/screening-tasks/" + taskId + "/documents/" + documentId;
  }

  /**
   * A document of the candidate whose screening task this is, for one of the task's workers (a member
   * of its candidate groups) or an administrator, while the task is open; the look is recorded.
   */
  @Transactional
  public Opened open(String taskId, long documentId, CurrentUser user) {
    Task task = asTheApplication.run(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
    if (task == null || !SCREENING_TASK.equals(task.getTaskDefinitionKey())) {
      throw new DocumentNotFoundException("Құжаттарды тексерудің мұндай ашық тапсырмасы жоқ / "
          + "Такой открытой задачи проверки документов нет");
    }
    Set<String> candidateGroups = asTheApplication.run(() -> taskService.getIdentityLinksForTask(taskId)).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    boolean worker = user.groups().stream().anyMatch(candidateGroups::contains);
    if (!worker && !user.has(Role.ADMINISTRATORS)) {
      throw new AccessDeniedException("Үміткердің құжаттарын тек осы тапсырманың орындаушылары ашады / "
          + "Документы кандидата открывают только исполнители этой задачи");
    }
    long applicationId = CandidateJourney.APPLICATION_ID.valueOf(asTheApplication.run(() ->
        taskService.getVariable(taskId, CandidateJourney.APPLICATION_ID.name())));
    CandidateDocument document = documents.findById(documentId)
        .filter(found -> found.getApplicationId() == applicationId)
        .orElseThrow(() -> new DocumentNotFoundException("Бұл тапсырманың үміткерінде мұндай құжат жоқ / "
            + "У кандидата этой задачи нет такого документа"));
    views.save(new CandidateDocumentView(document.getId(), applicationId, taskId, user.userId(), clock.instant()));
    return new Opened(document.getFileName(), document.getContentType(), document.getContent());
  }

  @Transactional(readOnly = true)
  public List<CandidateDocumentRepository.Info> of(long applicationId) {
    return documents.infoOf(applicationId);
  }

  private void refreshOpenScreeningTasks(Application application) {
    asTheApplication.run(() -> {
      taskService.createTaskQuery().processInstanceBusinessKey(application.getApplicationNumber())
          .taskDefinitionKey(SCREENING_TASK).list()
          .forEach(task -> taskService.setVariableLocal(task.getId(), PersonalDataVariables.CANDIDATE_DOCUMENTS,
              linksFor(application.getId(), task.getId())));
      return null;
    });
  }

  private static CandidateDocumentRepository.Info info(CandidateDocument d) {
    return new CandidateDocumentRepository.Info(d.getId(), d.getApplicationId(), d.getKind(), d.getVersion(),
        d.getFileName(), d.getContentType(), d.getSizeBytes(), d.getSha256(), d.getUploadedAt(), d.getUploadedBy());
  }

  /** The name as sent, without a path or control characters; the detected type's extension if none is left. */
  static String fileName(String given, DocumentKind kind, ContentType type) {
    String name = given == null ? "" : given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").trim();
    if (name.isEmpty()) {
      name = kind.slug() + "." + type.extension;
    }
    return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
  }

  private static String markdownText(String text) {
    return text.replaceAll("([\\\\`*_{}\\[\\]()<>#+!|~-])", "\\\\$1");
  }

  private static long kilobytes(long bytes) {
    return Math.max(1, (bytes + 1023) / 1024);
  }

  private static String sha256(byte[] content) {
    return HexFormat.of().formatHex(Download.sha256(content));
  }

  /** No such open task, or no such document of its candidate. */
  public static class DocumentNotFoundException extends RequestRefused.NotFound {

    public DocumentNotFoundException(String message) {
      super(message);
    }
  }
}
