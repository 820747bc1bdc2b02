package kz.edu.leaders.application;

import kz.edu.leaders.region.KnownRegion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.edu.leaders.config.ValidEmail;

/** What a teacher or deputy head submits through the online application. */
public record NewApplication(
    @NotBlank @ValidIin String iin,
    @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String lastName,
    @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String firstName,
    @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String middleName,
    @NotBlank @KnownRegion String region,
    @NotBlank @Pattern(regexp = "DEPUTY_HEAD|TEACHER", message = "DEPUTY_HEAD (директор орынбасары) немесе TEACHER (мұғалім) болуы керек / Должно быть DEPUTY_HEAD (заместитель директора) или TEACHER (учитель)") String currentPost,
    @NotBlank @Pattern(regexp = "PRESCHOOL|SCHOOL|TVET", message = "PRESCHOOL (мектепке дейінгі ұйым), SCHOOL (мектеп) немесе TVET (колледж) болуы керек / Должно быть PRESCHOOL (дошкольная организация), SCHOOL (школа) или TVET (колледж)")
    String organisationType,
    @NotBlank @Size(max = 300) String organisationName,
    @NotNull @Min(0) @Max(60) Integer yearsOfExperience,
    @NotBlank @Size(max = 254) @ValidEmail String email,
    @NotBlank @Pattern(regexp = "\\+7[\\s()-]*(\\d[\\s()-]*){10}", message = "Қазақстан нөмірі болуы керек: +7 және 10 цифр / Должен быть казахстанский номер: +7 и 10 цифр")
    String phone,
    @NotBlank @Pattern(regexp = "kk|ru", message = "kk (қазақ тілі) немесе ru (орыс тілі) болуы керек / Должно быть kk (казахский) или ru (русский)") String preferredLanguage) {

  static final String NAME = "\\p{L}[\\p{L} '’-]*";
  static final String NAME_MESSAGE = "Тек әріптер, бос орын, дефис және апостроф жазылады / Допустимы только буквы, пробелы, дефисы и апострофы";

  public PersonName name() {
    return new PersonName(lastName.trim(), firstName.trim(), middleName == null ? null : middleName.trim());
  }

  /** The phone as +7 and ten digits, whatever spacing the candidate typed. */
  public String normalisedPhone() {
    return phone.replaceAll("[\\s()-]", "");
  }
}
