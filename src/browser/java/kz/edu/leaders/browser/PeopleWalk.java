package kz.edu.leaders.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.WebappLogin;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.reserve.ReserveMembershipRepository;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The platform walked in Chromium as its people work it, on the demo data the default profile plays
 * in (job executor on): a reviewer screens in Kazakh and in Russian, the coordinator reads the ranking
 * before confirming it, a process owner watches Cockpit, the auditor reads a trail, anyone verifies
 * a certificate. Each step leaves a screenshot under target/browser/; the application's own pages and
 * the Tasklist form pass axe (WCAG 2.1 AA) with no serious or critical violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=true",
    "leaders.demo.cohort=true",
    "leaders.demo.applications=true"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMailServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleWalk {

  @LocalServerPort
  int port;
  @Autowired
  TaskService tasks;
  @Autowired
  ReserveMembershipRepository reserve;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  RepositoryService repository;

  private static final String SCREENING = "Құжаттарды тексеру / Проверка документов";
  /** Tasklist's shortcut for the Start process dialog (tasklist/scripts/config.js). */
  private static final String START_PROCESS_SHORTCUT = "Control+Alt+KeyP";
  /** A Tasklist link that opens the Start process dialog (a bookmark, a link someone shared). */
  private static final String START_PROCESS_LINK = "/camunda/app/tasklist/default/#/?processStart=true";

  private Browser browser;

  @BeforeAll
  void startBrowserOnceTheDemoIsPlayed() {
    // the demo story plays in the background: the ranking waits for the coordinator, a reservist holds a certificate
    Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() ->
        tasks.createTaskQuery().taskDefinitionKey("Task_ConfirmRanking").count() == 1 && reserve.count() == 1
            && tasks.createTaskQuery().taskDefinitionKey("Task_ScreenDocuments")
                .taskCandidateGroup("document-reviewers-turkistan").count() >= 2);
    browser = new Browser("http://localhost:" + port);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aReviewerScreensInKazakh() {
    screenOneCandidate("kk", "Тобымның тапсырмалары", "Жұмысқа алу", "Аяқтау");
  }

  @Test
  void aReviewerScreensInRussian() {
    screenOneCandidate("ru", "Задачи моей группы", "Взять в работу", "Завершить");
  }

  /**
   * Turkistan's reviewer takes a candidate from the group's filter, sees the documents, accepts with
   * one checklist item left unticked and is refused, naming the item, with the Complete button still
   * theirs to press; ticks it and completes.
   */
  private void screenOneCandidate(String language, String groupFilter, String claim, String complete) {
    Page page = browser.open(language);
    String step = "reviewer-" + language;
    logIn(page, "tasklist", "reviewer.turkistan");
    page.getByText(groupFilter).first().click();
    page.locator(".tasks-list .task").filter(new Locator.FilterOptions().setHasText(SCREENING)).first().click();
    page.getByText(claim, new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".assignee").first()).containsText("Айгерім");
    Locator form = page.locator(".fjs-container");
    assertThat(form).containsText(SCREENING);
    assertThat(form).containsText("Түркістан облысы / Туркестанская область");
    Matcher shown = Pattern.compile("\\d{4}-TUR-\\d{5}").matcher(form.innerText());
    assertThat(shown.find()).isTrue();
    String number = shown.group();
    // the candidate's five documents, each a link that opens it
    for (String document : List.of("identity-document.png", "diploma.pdf", "employment-record.pdf",
        "post-confirmation.pdf", "application-form.pdf")) {
      assertThat(form.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(document))).isVisible();
    }
    assertThat(form).containsText("КБ");
    assertThat(form).not().containsText("KB");
    // the birth date as people here write it (10.10.1979), not 1979-10-10
    assertThat(form.locator("tr").filter(new Locator.FilterOptions().setHasText("Туған күні / Дата рождения")))
        .containsText(Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}"));
    Browser.screenshot(page, step + "-1-claimed");
    Browser.assertAccessible(page, "the Tasklist screening form", ".fjs-container");

    List<String> checklist = List.of("Жеке куәлік ЖСН-мен сәйкес", "Педагогикалық білім туралы диплом",
        "Еңбек өтілі расталған", "Қазіргі лауазымы расталған");
    checklist.forEach(item -> form.getByLabel(Pattern.compile(item)).check());
    form.getByLabel("Қабылданды / Принято").check();
    Locator completeButton = page.locator("button[type=submit]").filter(new Locator.FilterOptions().setHasText(complete));
    completeButton.click();
    // the refusal names the unticked item in the reviewer's language, and only in it
    Locator refusal = page.locator(".page-notifications .alert-danger");
    assertThat(refusal).containsText(language.equals("kk") ? "Қабылдау үшін тексеру парағында белгілеңіз: «Өтінім нысаны»"
        : "Для принятия отметьте в чек-листе: «Анкета»");
    Browser.screenshot(page, step + "-2-refused");
    assertThat(refusal).not().containsText(Pattern.compile(
        "checkApplicationForm|Cannot submit|ticked|" + (language.equals("kk") ? "Для принятия" : "Қабылдау")));
    assertThat(uncovered(completeButton)).as("nothing lies over the Complete button").isTrue();

    form.getByLabel(Pattern.compile("Өтінім нысаны толық толтырылған")).check();
    completeButton.click();
    // the task leaves the form and the group's list
    assertThat(form).hasCount(0);
    assertThat(page.locator("section.tasks-list")).not().containsText(number);
    Browser.screenshot(page, step + "-3-completed");
  }

  @Test
  void theCoordinatorReadsTheRankedListBeforeConfirming() {
    Page page = browser.open("kk");
    logIn(page, "tasklist", "coordinator");
    page.getByText("Тобымның тапсырмалары").first().click();
    page.locator(".tasks-list .task").filter(new Locator.FilterOptions().setHasText("Рейтингті бекіту")).first().click();
    page.getByText("Жұмысқа алу", new Page.GetByTextOptions().setExact(true)).click();
    Locator form = page.locator(".fjs-container");
    assertThat(form).containsText("Рейтинг тізімі / Рейтинговый список");
    // the seats per region, then last year's ranked candidates, best first, with their scores
    assertThat(form.locator("table").first()).containsText("Түркістан облысы / Туркестанская область");
    Locator ranked = form.locator("table").last().locator("tbody tr");
    assertThat(ranked.first()).containsText("92");
    assertThat(ranked.first()).containsText("Иә / Да");
    assertThat(ranked.nth(1)).containsText("85");
    assertThat(form.getByLabel("Рейтингті растаймын / Подтверждаю рейтинг")).isVisible();
    Browser.screenshot(page, "coordinator-kk-ranking");
    Browser.assertAccessible(page, "the ranking confirmation form", ".fjs-container");
  }

  /**
   * Almaty's reviewer reads the group's task in Kazakh: its dates relative to now, its group by name,
   * and no action in the header that the engine would refuse them.
   */
  @Test
  void aReviewerReadsTheTasksDatesAndGroupInKazakhAndIsOfferedOnlyWhatTheyMayDo() {
    Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> tasks.createTaskQuery()
        .taskDefinitionKey("Task_ScreenDocuments").taskCandidateGroup("document-reviewers-almaty").count() >= 1);
    Page page = browser.open("kk");
    // Tasklist also loads its fallback, English: the dates stay Kazakh when it arrives last
    page.route("**/app/tasklist/locales/en.json*", route -> {
      try {
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      route.resume();
    });
    logIn(page, "tasklist", "reviewer.almaty");
    page.getByText("Тобымның тапсырмалары").first().click();
    Locator task = page.locator(".tasks-list .task").filter(new Locator.FilterOptions().setHasText(SCREENING)).first();
    // "Мерзімі бір ай ішінде", "Құрылған 5 минут бұрын", never "Due in a month", "Created 5 minutes ago"
    assertThat(task.locator(".due-date")).containsText(Pattern.compile("Мерзімі\\s+\\S.*ішінде"));
    assertThat(task.locator(".creation-date")).containsText(Pattern.compile("Құрылған\\s+\\S.*бұрын"));
    assertThat(task).not().containsText(Pattern.compile("\\b(Due|Created|ago|in a)\\b"));
    List<String> failed = new ArrayList<>();
    page.onResponse(response -> {
      if (response.status() >= 400 && response.url().matches(".*/camunda/api/engine/.*/(comment|history/).*")) {
        failed.add(response.status() + " " + response.url());
      }
    });
    task.click();
    assertThat(page.locator("[cam-tasklist-task-meta] li.groups")).containsText(
        "Құжаттарды тексерушілер · Алматы қаласы / Проверяющие документы · город Алматы");
    assertThat(page.locator("[cam-tasklist-task-meta] li.groups")).not().containsText("document-reviewers");
    assertThat(page.locator("[cam-widget-header] li.start-process-action")).isHidden();
    assertThat(page.locator("[cam-widget-header] li.create-task-action")).isHidden();
    // nor by its shortcut, which opened an empty Start process dialog
    page.keyboard().press(START_PROCESS_SHORTCUT);
    page.waitForTimeout(1500);
    assertThat(page.locator(".modal-content")).hasCount(0);
    assertThat(page.locator("[cam-widget-header]")).not().containsText("CAM_WIDGET");
    assertThat(page.locator("[cam-widget-header] .navbar-toggle")).hasText("Мәзірді ашу/жабу");
    Browser.screenshot(page, "reviewer-almaty-kk-dates-and-group");
    // what to do, in Kazakh (and Russian), not in English
    page.getByText("Сипаттама", new Page.GetByTextOptions().setExact(true)).click();
    Locator description = page.locator("[cam-tasklist-task] .tab-content");
    assertThat(description).containsText("Үміткердің құжаттарын тексеру парағы бойынша тексеріңіз.");
    assertThat(description).not().containsText("Check the candidate");
    Browser.screenshot(page, "reviewer-almaty-kk-description");
    // no History tab, whose comments the engine refused them (404), nor a comment nobody would read
    assertThat(page.getByText("Тарих", new Page.GetByTextOptions().setExact(true))).hasCount(0);
    assertThat(page.locator(".createCommentLink")).hasCount(0);
    // nor does a link with ?processStart=true open the empty Start process dialog
    page.navigate(START_PROCESS_LINK);
    assertThat(page).not().hasURL(Pattern.compile("processStart"));
    assertThat(page.locator(".modal-content")).hasCount(0);
    page.waitForLoadState(LoadState.NETWORKIDLE);
    assertThat(failed).as("Tasklist's requests for the task's history the engine refused").isEmpty();
  }

  @Test
  void aProcessOwnerWatchesCockpitWithoutPermissionErrors() {
    Page page = browser.open("ru");
    // a list the engine refused (400) leaves a Cockpit view empty without a word
    List<String> refused = new ArrayList<>();
    page.onResponse(response -> {
      if (response.status() == 400 && response.url().contains("/camunda/api/engine/")) {
        refused.add(response.url());
      }
    });
    logIn(page, "cockpit", "process.owner");
    page.navigate("/camunda/app/cockpit/default/#/processes");
    assertThat(page.locator("body")).containsText("Путь кандидата");
    // the header's menu button is named in the reader's language, not by its translation key
    assertThat(page.locator("[cam-widget-header] .navbar-toggle")).hasText("Показать/скрыть меню");
    assertThat(page.locator("[cam-widget-header]")).not().containsText("CAM_WIDGET");
    Browser.screenshot(page, "process-owner-ru-processes");
    assertNoPermissionError(page);
    // the decisions, which a process owner watches too, and how their pass marks decided
    page.navigate("/camunda/app/cockpit/default/#/decisions");
    assertThat(page.locator("body")).containsText("Соответствие: причины несоответствия кандидата требованиям");
    Browser.screenshot(page, "process-owner-ru-decisions");
    assertNoPermissionError(page);
    page.navigate("/camunda/app/cockpit/default/#/decision-definition/" + repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey("pass-marks").latestVersion().singleResult().getId());
    // the decision table's headings in Russian, not in dmn-js's English (cockpit/scripts/leaders/decision-table.js)
    Locator table = page.locator(".dmn-decision-table-container");
    assertThat(table).containsText("Политика совпадений:");
    assertThat(table.locator(".hit-policy-value")).hasText("Единственное");
    assertThat(table.locator(".clause").first()).hasText("Если");
    assertThat(table).containsText("Тогда");
    assertThat(table).not().containsText(Pattern.compile("Hit policy|Unique|\\b(When|And|Then|Annotations)\\b"));
    Locator evaluations = page.locator("table").filter(new Locator.FilterOptions().setHasText("Время вычисления"))
        .locator("tbody tr");
    assertThat(evaluations.first()).isVisible();
    Browser.screenshot(page, "process-owner-ru-decision-instances");
    assertNoPermissionError(page);
    // the human tasks: the open tasks by type (not 0, as task history, which is the auditors', made them)
    // and per group, each group by its name
    long groupTasks = tasks.createTaskQuery().taskUnassigned().withCandidateGroups().count();
    assertThat(groupTasks).isPositive();
    page.navigate("/camunda/app/cockpit/default/#/tasks");
    assertThat(page.locator("tr").filter(new Locator.FilterOptions().setHasText("назначено одной или нескольким группам")))
        .containsText(Pattern.compile("^\\s*" + groupTasks + "\\s"));
    assertThat(page.locator("body")).containsText(
        "Құжаттарды тексерушілер · Түркістан облысы / Проверяющие документы · Туркестанская область");
    Browser.screenshot(page, "process-owner-ru-human-tasks");
    assertNoPermissionError(page);
    assertThat(refused).as("Cockpit's requests the engine refused").isEmpty();
  }

  /** In Tasklist the process owner may start a cohort's selection, so Start process is there. */
  @Test
  void aProcessOwnerIsOfferedStartProcessInTasklist() {
    Page page = browser.open("kk");
    logIn(page, "tasklist", "process.owner");
    assertThat(page.locator("[cam-widget-header] li.start-process-action")).isVisible();
    page.locator("[cam-widget-header] li.start-process-action a").click();
    assertThat(page.locator(".modal-content")).containsText("Когортаны іріктеу / Отбор когорты");
    Browser.screenshot(page, "process-owner-kk-start-process");
    page.keyboard().press("Escape");
    assertThat(page.locator(".modal-content")).hasCount(0);
    page.keyboard().press(START_PROCESS_SHORTCUT);
    assertThat(page.locator(".modal-content")).containsText("Когортаны іріктеу / Отбор когорты");
    page.keyboard().press("Escape");
    assertThat(page.locator(".modal-content")).hasCount(0);
    page.navigate(START_PROCESS_LINK);
    assertThat(page.locator(".modal-content")).containsText("Когортаны іріктеу / Отбор когорты");
  }

  private static void assertNoPermissionError(Page page) {
    page.waitForLoadState(LoadState.NETWORKIDLE);
    assertThat(page.locator(".page-notifications .alert-danger")).hasCount(0);
  }

  @Test
  void theAuditorReadsATrailAfterTheWebappLogin() {
    Page page = browser.open("kk");
    logIn(page, "cockpit", "auditor");
    Application candidate = applications.findAll().stream()
        .min(Comparator.comparing(Application::getApplicationNumber)).orElseThrow();
    String number = candidate.getApplicationNumber();
    Response trail = page.navigate("/audit/applications/" + number);
    // the webapp session is enough: no 401, so no Basic-auth prompt
    assertThat(trail.status()).isEqualTo(200);
    assertThat(page.locator("h1")).containsText(number);
    // the region in Kazakh and Russian, not its English name
    assertThat(page.locator("body")).containsText(candidate.getRegion().bilingualName());
    Browser.screenshot(page, "auditor-kk-trail");
    Browser.assertAccessible(page, "/audit/applications/" + number, null);
    // Cockpit's human tasks per group, which auditors count from history: each group by its name, no error
    page.navigate("/camunda/app/cockpit/default/#/tasks");
    assertThat(page.locator("body")).containsText(
        "Құжаттарды тексерушілер · Түркістан облысы / Проверяющие документы · Туркестанская область");
    Browser.screenshot(page, "auditor-kk-human-tasks");
    assertNoPermissionError(page);
  }

  @Test
  void theProcessOwnerReadsTheReports() {
    Page page = browser.open("kk");
    logIn(page, "cockpit", "process.owner");
    for (String report : List.of("/reports", "/reports/fairness")) {
      assertThat(page.navigate(report).status()).isEqualTo(200);
      assertThat(page.locator("h1")).isVisible();
      Browser.screenshot(page, "process-owner" + report.replace('/', '-'));
      Browser.assertAccessible(page, report, null);
    }
  }

  @Test
  void anyoneVerifiesACertificateTypedOrFromTheQrCode() {
    Page page = browser.open("ru");
    String number = reserve.findAll().iterator().next().getCertificateNumber();
    assertThat(page.navigate("/verify").status()).isEqualTo(200);
    Browser.screenshot(page, "verify-form");
    Browser.assertAccessible(page, "/verify", null);
    page.locator("#number").fill(number);
    page.locator("#number").press("Enter");
    assertThat(page.locator("main")).containsText(number);
    Browser.screenshot(page, "verify-typed");
    Browser.assertAccessible(page, "/verify?number=", null);

    assertThat(page.navigate("/verify/" + number).status()).isEqualTo(200);
    assertThat(page.locator("main")).containsText(number);
    assertThat(page.navigate("/verify/LC-0000-000000").status()).isEqualTo(404);
    Browser.screenshot(page, "verify-unknown");
    Browser.assertAccessible(page, "/verify/{unknown}", null);
  }

  /** Whether a click at the middle of the element reaches it (no notification or overlay on top). */
  private static boolean uncovered(Locator element) {
    return (Boolean) element.evaluate("e => { const r = e.getBoundingClientRect();"
        + " const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
        + " return top === e || e.contains(top); }");
  }

  private static void logIn(Page page, String app, String user) {
    page.navigate("/camunda/app/" + app + "/");
    page.locator("input[ng-model=username]").fill(user);
    page.locator("input[type=password]").fill(WebappLogin.password(user));
    page.locator("button[type=submit]").click();
    assertThat(page.locator("input[type=password]")).hasCount(0);
  }
}
