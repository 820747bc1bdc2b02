package kz.edu.leaders.fairness;

import java.util.Arrays;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.Iin;
import kz.edu.leaders.application.OrganisationType;
import kz.edu.leaders.application.Post;
import kz.edu.leaders.region.Region;

/** A way of splitting the candidates into groups whose pass rates and scores are compared. */
public enum Dimension {
  REGION("Өңір", "Регион"),
  LANGUAGE("Тіл", "Язык"),
  /** From the IIN's seventh digit: odd for men, even for women. */
  GENDER("Жынысы", "Пол"),
  POST("Лауазымы", "Должность"),
  ORGANISATION_TYPE("Ұйым түрі", "Тип организации");

  static final String UNKNOWN = "UNKNOWN";

  private final String labelKk;
  private final String labelRu;

  Dimension(String labelKk, String labelRu) {
    this.labelKk = labelKk;
    this.labelRu = labelRu;
  }

  public String label() {
    return labelKk + " / " + labelRu;
  }

  /** The candidate's group in this dimension. */
  String groupOf(Application application) {
    return switch (this) {
      case REGION -> application.getRegion().name();
      case LANGUAGE -> application.getPreferredLanguage();
      case GENDER -> Iin.female(application.getIin()).map(female -> female ? "FEMALE" : "MALE").orElse(UNKNOWN);
      case POST -> application.getCurrentPost().name();
      case ORGANISATION_TYPE -> application.getOrganisationType().name();
    };
  }

  /** The group's name in Kazakh and Russian, as the page shows it. */
  String labelOf(String group) {
    return switch (this) {
      case REGION -> Arrays.stream(Region.values()).filter(r -> r.name().equals(group)).findFirst()
          .map(r -> r.nameIn("kk") + " / " + r.nameIn("ru")).orElse(group);
      case LANGUAGE -> switch (group) {
        case "kk" -> "Қазақ тілі / Казахский язык";
        case "ru" -> "Орыс тілі / Русский язык";
        default -> group;
      };
      case GENDER -> switch (group) {
        case "FEMALE" -> "Әйелдер / Женщины";
        case "MALE" -> "Ерлер / Мужчины";
        default -> "Белгісіз / Неизвестно";
      };
      case POST -> Arrays.stream(Post.values()).filter(p -> p.name().equals(group)).findFirst()
          .map(Post::label).orElse(group);
      case ORGANISATION_TYPE -> Arrays.stream(OrganisationType.values()).filter(t -> t.name().equals(group))
          .findFirst().map(OrganisationType::label).orElse(group);
    };
  }
}
