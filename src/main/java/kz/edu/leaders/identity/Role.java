package kz.edu.leaders.identity;

import java.util.Arrays;
import java.util.Optional;
import kz.edu.leaders.region.Region;

/**
 * Every role of the programme (docs/DOMAIN.md) as a Camunda group, named as docs/GLOSSARY.md names it. Regional roles get one more group per
 * region ({@code document-reviewers-turkistan}): tasks are routed to that group, so a reviewer in one
 * region never sees another region's candidates.
 */
public enum Role {
  DOCUMENT_REVIEWERS("document-reviewers", "Құжаттарды тексерушілер", "Проверяющие документы", true),
  TEST_OPERATORS("test-operators", "Тест операторлары", "Операторы тестирования", false),
  TRAINING_COORDINATORS("training-coordinators", "Оқыту үйлестірушілері", "Координаторы обучения", false),
  TRAINERS("trainers", "Тренерлер", "Тренеры", false),
  MENTORS("mentors", "Тәлімгерлер", "Наставники", false),
  HOST_SCHOOLS("host-schools", "Базалық мектептер", "Базовые школы", false),
  EXPERT_REVIEWERS("expert-reviewers", "Сарапшылар", "Эксперты", false),
  EXTERNAL_REVIEWERS("external-reviewers", "Сыртқы сарапшылар", "Внешние эксперты", false),
  INTERVIEW_COMMISSION("interview-commission", "Сұхбат комиссиясы", "Комиссия по собеседованию", false),
  COMMISSION_CHAIR("commission-chair", "Комиссия төрағасы", "Председатель комиссии", false),
  /** Decides candidates' appeals; never the appeal of a decision its member took part in. */
  APPEALS_COMMISSION("appeals-commission", "Апелляциялық комиссия", "Апелляционная комиссия", false),
  REGIONAL_HR("regional-hr", "Өңірлік кадр қызметі", "Региональная кадровая служба", true),
  PROCESS_OWNERS("process-owners", "Үдеріс иелері", "Владельцы процессов", false),
  AUDITORS("auditors", "Аудиторлар", "Аудиторы", false),
  ADMINISTRATORS("administrators", "Әкімшілер", "Администраторы", false),
  /** The online application portal's service account: it submits applications, nothing else. */
  APPLICATION_INTAKE("application-intake", "Өтінімдерді қабылдау (портал)", "Приём заявок (портал)", false);

  private final String groupId;
  private final String nameKk;
  private final String nameRu;
  private final boolean regional;

  Role(String groupId, String nameKk, String nameRu, boolean regional) {
    this.groupId = groupId;
    this.nameKk = nameKk;
    this.nameRu = nameRu;
    this.regional = regional;
  }

  public String groupId() {
    return groupId;
  }

  /** The role's name in Kazakh (kk) or Russian (ru). */
  public String nameIn(String language) {
    return "kk".equals(language) ? nameKk : nameRu;
  }

  /**
   * The group's name, which Tasklist shows among a task's groups: {@code Тренерлер / Тренеры}; a
   * regional group adds its region, {@code Құжаттарды тексерушілер · Түркістан облысы / Проверяющие
   * документы · Туркестанская область}.
   */
  public String groupName(Region region) {
    return region == null ? nameKk + " / " + nameRu
        : nameKk + " · " + region.nameIn("kk") + " / " + nameRu + " · " + region.nameIn("ru");
  }

  public boolean isRegional() {
    return regional;
  }

  /** The group a regional task is routed to, e.g. {@code document-reviewers-turkistan}. */
  public String groupFor(Region region) {
    if (!regional) {
      throw new IllegalStateException(groupId + " is not a regional role");
    }
    return groupId + "-" + region.slug();
  }

  /** The region of a regional group id, if it is one of this role's. */
  public Optional<Region> regionOf(String groupId) {
    if (!regional || !groupId.startsWith(this.groupId + "-")) {
      return Optional.empty();
    }
    String slug = groupId.substring(this.groupId.length() + 1);
    return Arrays.stream(Region.values()).filter(r -> r.slug().equals(slug)).findFirst();
  }

  /** Roles whose members work tasks in Tasklist. */
  public boolean worksTasks() {
    return this != AUDITORS && this != APPLICATION_INTAKE;
  }
}
