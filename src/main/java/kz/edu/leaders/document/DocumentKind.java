package kz.edu.leaders.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documents the screening checklist asks for, one per item of {@code CandidateJourney.DOCUMENT_CHECKLIST}. */
public enum DocumentKind {
  IDENTITY_DOCUMENT("Жеке куәлік / Удостоверение личности"),
  DIPLOMA("Диплом / Диплом"),
  EMPLOYMENT_RECORD("Еңбек кітапшасы / Трудовая книжка"),
  POST_CONFIRMATION("Лауазымды растау / Подтверждение должности"),
  APPLICATION_FORM("Өтінім нысаны / Анкета");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  /** Bilingual, as the screening form shows it. */
  public String label() {
    return label;
  }

  /** How the URL names it: {@code identity-document}. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code identity-document}, {@code IDENTITY_DOCUMENT} or {@code identity_document}. */
  public static Optional<DocumentKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
  }
}
