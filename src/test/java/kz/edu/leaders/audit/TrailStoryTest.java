package kz.edu.leaders.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestFinalStages;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The auditor reads one candidate's story on one page: by chapter, in Astana time, in words, people by name. */
@IntegrationTest
class TrailStoryTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestJourneys journeys;
  @Autowired
  TestFinalStages stages;
  @Autowired
  CohortService cohorts;
  @Autowired
  RuntimeService runtimeService;

  @Test
  void theScreeningAndTheTestReadAsChaptersWithTheFormsLabelsAndTheReviewersName() {
    Cohort cohort = cohorts.openOn(LocalDate.now(ProgrammeClock.ZONE)).orElseThrow();
    Application candidate = journeys.awaitingTest(TestApplications.valid(Region.TURKISTAN), "reviewer.turkistan");
    journeys.importScores(cohort.getYear(), cohort.getTestWindowStart().toString(), Map.of(candidate, 83));
    journeys.runJobs(candidate, "Task_NotifyTestResult");

    Document page = page(candidate);

    assertThat(page.select("main section h2").eachText()).containsExactly("Өтінім / Заявка",
        "Құжаттарды тексеру / Проверка документов", "Тестілеу / Тестирование",
        "Оқуға іріктеу / Отбор на обучение");
    Element screening = section(page, "Құжаттарды тексеру / Проверка документов");
    assertThat(screening.select("table").first().text())
        .contains("Форма жіберілді / Форма отправлена", "Айгерім Сәрсенбаева (reviewer.turkistan)",
            "Шешім / Решение: Қабылданды / Принято",
            "Педагогикалық білім туралы диплом / Диплом о педагогическом образовании: иә / да")
        .doesNotContain("documentsDecision", "null");
    // the engine's bookkeeping is there, folded away
    assertThat(screening.select("details summary").text()).startsWith("Техникалық жазбалар / Технические записи (");
    assertThat(screening.select("details td").eachText()).contains("Қадам басталды / Шаг начат");
    // the result's mail is told with the result, though the journey already waits for the ranking
    assertThat(section(page, "Тестілеу / Тестирование").text()).contains("TEST: PASSED, score 83", "test-result (kk): SENT");
    // times in Astana, as people there read them, never the engine's UTC
    assertThat(page.select("td.at").eachText()).allMatch(at -> at.matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2}"));
    assertThat(page.select("nav a").eachText()).containsExactly("PDF", "CSV", "JSON");
  }

  @Test
  void theInterviewTellsItsDatePlaceAndCommissionAndTheCertificateIsLinked() {
    Application candidate = journeys.journeyAt(TestApplications.valid(Region.ABAI), "Activity_FinalInterview");
    ProcessInstance journey = runtimeService.createProcessInstanceQuery()
        .processInstanceId(candidate.getProcessInstanceId()).singleResult();
    ProcessInstance interview = stages.calledBy(journey, "final-interview");
    stages.schedule(interview, List.of("commission.member", "commission.second"));

    Element told = section(page(candidate), "Қорытынды сұхбат / Итоговое собеседование");

    assertThat(told.select("table").first().text()).contains("Сұхбат / Собеседование",
        "Асель Нұрланова (coordinator)", "10:00", "Астана, Мәңгілік Ел 8, 3-зал",
        "комиссия: commission.member, commission.second",
        "Орны немесе онлайн сілтеме / Место или онлайн-ссылка: Астана, Мәңгілік Ел 8, 3-зал");

    Application reservist = journeys.journeyAt(TestApplications.valid(Region.ABAI), "Task_EnrolInReserve");
    journeys.runJobs(reservist, "Task_EnrolInReserve");
    Document reservistPage = page(reservist);
    assertThat(reservistPage.select("nav a[href$=/certificate]").text()).startsWith("Сертификат № ");
    assertThat(section(reservistPage, "Кадрлық резерв / Кадровый резерв").text()).contains("Сертификат");
  }

  private Document page(Application candidate) {
    String html = http.withBasicAuth("auditor", "demo")
        .getForObject("/audit/applications/" + candidate.getApplicationNumber(), String.class);
    return Jsoup.parse(html);
  }

  private static Element section(Document page, String title) {
    return page.select("main section").stream().filter(s -> s.select("h2").text().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no chapter " + title + " in " + page.select("h2").eachText()));
  }
}
