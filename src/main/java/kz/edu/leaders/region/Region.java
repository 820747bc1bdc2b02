package kz.edu.leaders.region;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 17 regions and 3 cities of republican significance. The code is the middle part of an
 * application number (2026-TUR-00042); the slug names the region's groups (document-reviewers-turkistan).
 */
public enum Region {
  ABAI("ABA", "abai", "Abai", "Абай облысы", "Абайская область"),
  AKMOLA("AKM", "akmola", "Akmola", "Ақмола облысы", "Акмолинская область"),
  AKTOBE("AKT", "aktobe", "Aktobe", "Ақтөбе облысы", "Актюбинская область"),
  ALMATY_REGION("ALR", "almaty-region", "Almaty Region", "Алматы облысы", "Алматинская область"),
  ATYRAU("ATY", "atyrau", "Atyrau", "Атырау облысы", "Атырауская область"),
  EAST_KAZAKHSTAN("EKZ", "east-kazakhstan", "East Kazakhstan", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область"),
  ZHAMBYL("ZHA", "zhambyl", "Zhambyl", "Жамбыл облысы", "Жамбылская область"),
  ZHETYSU("ZHE", "zhetysu", "Zhetysu", "Жетісу облысы", "Область Жетісу"),
  WEST_KAZAKHSTAN("WKZ", "west-kazakhstan", "West Kazakhstan", "Батыс Қазақстан облысы", "Западно-Казахстанская область"),
  KARAGANDA("KAR", "karaganda", "Karaganda", "Қарағанды облысы", "Карагандинская область"),
  KOSTANAY("KOS", "kostanay", "Kostanay", "Қостанай облысы", "Костанайская область"),
  KYZYLORDA("KYZ", "kyzylorda", "Kyzylorda", "Қызылорда облысы", "Кызылординская область"),
  MANGYSTAU("MAN", "mangystau", "Mangystau", "Маңғыстау облысы", "Мангистауская область"),
  PAVLODAR("PAV", "pavlodar", "Pavlodar", "Павлодар облысы", "Павлодарская область"),
  NORTH_KAZAKHSTAN("NKZ", "north-kazakhstan", "North Kazakhstan", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область"),
  TURKISTAN("TUR", "turkistan", "Turkistan", "Түркістан облысы", "Туркестанская область"),
  ULYTAU("ULY", "ulytau", "Ulytau", "Ұлытау облысы", "Область Ұлытау"),
  ASTANA("AST", "astana", "Astana", "Астана қаласы", "город Астана"),
  ALMATY("ALA", "almaty", "Almaty", "Алматы қаласы", "город Алматы"),
  SHYMKENT("SHY", "shymkent", "Shymkent", "Шымкент қаласы", "город Шымкент");

  private final String code;
  private final String slug;
  private final String displayName;
  private final String nameKk;
  private final String nameRu;

  Region(String code, String slug, String displayName, String nameKk, String nameRu) {
    this.code = code;
    this.slug = slug;
    this.displayName = displayName;
    this.nameKk = nameKk;
    this.nameRu = nameRu;
  }

  public String code() {
    return code;
  }

  public String slug() {
    return slug;
  }

  public String displayName() {
    return displayName;
  }

  /** The region's name in a candidate's language: kk (Kazakh) or ru (Russian). */
  public String nameIn(String language) {
    return "kk".equals(language) ? nameKk : nameRu;
  }

  /** What staff read in Tasklist forms, the ranking and refusals: {@code Түркістан облысы / Туркестанская область}. */
  public String bilingualName() {
    return nameKk + " / " + nameRu;
  }

  /** Accepts what a client may send: the enum name, the code or the slug, in any case. */
  public static Optional<Region> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.trim();
    return Arrays.stream(values())
        .filter(r -> r.name().equalsIgnoreCase(wanted) || r.code.equalsIgnoreCase(wanted) || r.slug.equalsIgnoreCase(wanted))
        .findFirst();
  }
}
