package kz.edu.leaders.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.MustacheException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.DefaultResourceLoader;

/** Every mail a candidate or reviewer can get renders in Kazakh and Russian, with their data escaped. */
class NotificationTemplatesTest {

  private static final Path TEMPLATE_FOLDER = Path.of("src/main/resources/notifications");
  private static final List<String> LANGUAGES = List.of("kk", "ru");

  private final NotificationTemplates templates =
      new NotificationTemplates(new DefaultResourceLoader(), "classpath:/notifications/");

  static Stream<String> templateNames() throws IOException {
    try (Stream<Path> files = Files.list(TEMPLATE_FOLDER)) {
      return files.map(file -> file.getFileName().toString().replaceFirst("\\.[a-z]{2}\\.mustache$", ""))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream();
    }
  }

  @ParameterizedTest
  @MethodSource("templateNames")
  void rendersInBothLanguagesWithNoMissingKeyKazakhLettersIntactAndDatesAsDayMonthYear(String template) {
    for (String language : LANGUAGES) {
      NotificationTemplates.Rendered mail = templates.render(template, language, sampleModel());

      assertThat(mail.subject()).isNotBlank().doesNotContain("{{");
      assertThat(mail.htmlBody()).doesNotContain("{{").contains("<p>")
          .as("dates as written in Kazakhstan").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
      if (language.equals("kk")) {
        assertThat(mail.subject() + mail.htmlBody()).containsAnyOf("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і");
      }
    }
  }

  @Test
  void aCandidatesNameInKazakhAndWithMarkupComesThroughEscaped() {
    Map<String, Object> model = sampleModel();
    model.put("firstName", "Әйгерім <b>");
    model.put("rejectionReason", "Диплом <script>alert(1)</script> & т.б.");

    String body = templates.render("documents-rejected", "kk", model).htmlBody();

    assertThat(body).contains("Әйгерім &lt;b&gt;").doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; т.б.");
  }

  @Test
  void aPlaceholderWithoutValueIsAnErrorNotAGap() {
    Map<String, Object> model = sampleModel();
    model.remove("rejectionReason");
    assertThatThrownBy(() -> templates.render("documents-rejected", "ru", model))
        .hasMessageContaining("rejectionReason");
  }

  @Test
  void aDateReadsAsWrittenInKazakhstanAndANonDateIsAnErrorNotPrinted() {
    Map<String, Object> model = sampleModel();
    model.put("orderDate", "2026-03-15");
    model.put("reserveExpiresOn", "2026-03-14T19:30:00Z");
    Map<String, Object> given = Map.copyOf(model);

    assertThat(templates.render("appointed", "ru", model).htmlBody()).contains("от 15.03.2026.").doesNotContain("2026-03-15");
    assertThat(templates.render("reserve-expired", "kk", model).htmlBody()).as("the instant's day in Astana")
        .contains("мерзімі 15.03.2026 аяқталды");
    assertThat(model).as("the caller's model as given").isEqualTo(given);

    model.put("orderDate", "15 наурыз 2026");
    assertThatThrownBy(() -> templates.render("appointed", "kk", model)).isInstanceOf(MustacheException.class)
        .hasMessageContaining("{{orderDate}}").hasMessageContaining("15 наурыз 2026");
    model.put("orderDate", "2026-02-30");
    assertThatThrownBy(() -> templates.render("appointed", "ru", model)).hasMessageContaining("2026-02-30");
  }

  @Test
  void anUnknownTemplateOrLanguageIsRefused() {
    assertThatThrownBy(() -> templates.render("documents-accepted", "en", sampleModel()))
        .hasMessageContaining("documents-accepted.en.mustache");
    assertThatThrownBy(() -> templates.render("../application", "kk", sampleModel()))
        .hasMessageContaining("Not a template name");
  }

  @Test
  void everyTemplateAProcessNamesExistsInBothLanguages() throws IOException {
    Set<String> named = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
        Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(CamundaInputParameter.class).stream()
            .filter(parameter -> parameter.getCamundaName().equals(SendCandidateNotification.TEMPLATE_PARAMETER.name()))
            .forEach(parameter -> named.add(parameter.getTextContent().trim()));
      }
    }
    assertThat(named).isNotEmpty();
    for (String template : named) {
      for (String language : LANGUAGES) {
        assertThat(templates.exists(template, language)).as(template + "." + language).isTrue();
      }
    }
  }

  /** Every key any template may use, as the senders provide them. */
  private static Map<String, Object> sampleModel() {
    Map<String, Object> model = new HashMap<>();
    model.put("firstName", "Әйгерім");
    model.put("lastName", "Сәрсенбаева");
    model.put("middleName", "Қайратқызы");
    model.put("fullName", "Сәрсенбаева Әйгерім Қайратқызы");
    model.put("applicationNumber", "2026-TUR-00042");
    model.put("cohortYear", 2026);
    model.put("regionName", "Түркістан облысы");
    model.put("rejectionReason", "Педагогикалық диплом жоқ");
    model.put("ineligibilityReasons", "Педагогикалық өтіліңіз 5 жылдан аз");
    model.put("missingDocuments", "Еңбек кітапшасы");
    model.put("resubmissionDeadline", "2026-12-01");
    model.put("withdrawalReasonText", "Жетіспейтін құжаттар белгіленген мерзімде жіберілмеді");
    model.put("testScore", 74);
    model.put("passMark", 60);
    model.put("testPassed", true);
    model.put("rankPosition", 15);
    model.put("mentorName", "Жұмабаева Ләззат");
    model.put("mentorOrganisation", "Түркістандағы НЗМ");
    model.put("mentorEmail", "l.zhumabayeva@mentor.example.kz");
    model.put("daysSinceMeeting", 31);
    model.put("levelNameKk", "Базалық деңгей");
    model.put("levelNameRu", "Базовый уровень");
    model.put("levelScore", 55);
    model.put("levelPassMark", 60);
    model.put("levelPassed", false);
    model.put("levelRetake", true);
    model.put("hostSchoolName", "НЗМ, Түркістан");
    model.put("internshipStartsOn", "2027-02-01");
    model.put("internshipEndsOn", "2027-02-22");
    model.put("internshipScore", 82);
    model.put("internshipPassMark", 60);
    model.put("stepKk", "базалық мектеп есепті бағаламады");
    model.put("stepRu", "базовая школа не оценила отчёт");
    model.put("interviewDate", "2027-06-10");
    model.put("interviewTime", "10:00");
    model.put("interviewPlace", "Астана, Мәңгілік Ел 8");
    model.put("certificateNumber", "LC-2027-7K3M9QXA");
    model.put("reserveExpiresOn", "2030-06-20");
    model.put("verifyUrl", "https://leaders.edu.kz/verify/LC-2027-7K3M9QXA");
    model.put("appealStageKk", "Тестілеу");
    model.put("appealStageRu", "Результат теста");
    model.put("appealDecisionDays", 14);
    model.put("appealOverturned", true);
    model.put("appealDecisionReason", "Бағалау қатесі расталды / Ошибка оценки подтвердилась");
    model.put("postNameKk", "Мектеп директоры");
    model.put("postNameRu", "Директор школы");
    model.put("schoolName", "№1 жалпы білім беретін мектеп, Түркістан");
    model.put("answerDue", "08.09.2027 18:00");
    model.put("orderNumber", "124-ж");
    model.put("orderDate", "2027-09-10");
    model.put("taskCount", 2);
    model.put("tasks", List.of(new SendOverdueDigests.OverdueTask("Құжаттарды тексеру / Проверка документов", "2026-TUR-00042", LocalDate.of(2026, 11, 20)),
        new SendOverdueDigests.OverdueTask("Құжаттарды тексеру / Проверка документов", "2026-TUR-00043", LocalDate.of(2026, 11, 21))));
    return model;
  }
}
