package kz.edu.leaders.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 17 regions and 3 cities of republican significance. The code is the middle part of an
 * application number (2026-TUR-00042); the slug names the region's groups (document-reviewers-turkistan).
 */
public enum Region {
  ABAI("ABA", "abai", "Abai"),
  AKMOLA("AKM", "akmola", "Akmola"),
  AKTOBE("AKT", "aktobe", "Aktobe"),
  ALMATY_REGION("ALR", "almaty-region", "Almaty Region"),
  ATYRAU("ATY", "atyrau", "Atyrau"),
  EAST_KAZAKHSTAN("EKZ", "east-kazakhstan", "East Kazakhstan"),
  ZHAMBYL("ZHA", "zhambyl", "Zhambyl"),
  ZHETYSU("ZHE", "zhetysu", "Zhetysu"),
  WEST_KAZAKHSTAN("WKZ", "west-kazakhstan", "West Kazakhstan"),
  KARAGANDA("KAR", "karaganda", "Karaganda"),
  KOSTANAY("KOS", "kostanay", "Kostanay"),
  KYZYLORDA("KYZ", "kyzylorda", "Kyzylorda"),
  MANGYSTAU("MAN", "mangystau", "Mangystau"),
  PAVLODAR("PAV", "pavlodar", "Pavlodar"),
  NORTH_KAZAKHSTAN("NKZ", "north-kazakhstan", "North Kazakhstan"),
  TURKISTAN("TUR", "turkistan", "Turkistan"),
  ULYTAU("ULY", "ulytau", "Ulytau"),
  ASTANA("AST", "astana", "Astana"),
  ALMATY("ALA", "almaty", "Almaty"),
  SHYMKENT("SHY", "shymkent", "Shymkent");

  private final String code;
  private final String slug;
  private final String displayName;

  Region(String code, String slug, String displayName) {
    this.code = code;
    this.slug = slug;
    this.displayName = displayName;
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
