package kz.edu.leaders.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import kz.edu.leaders.OpenCohort;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestDatabase;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.Timing;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.identity.IdentitySetup;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.CandidateJourney;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not a test: the benchmark for the people who wait (README "Benchmarks"). It opens
 * {@code benchmark.open-tasks} screening tasks (15,000 by default) across the 20 regions, weighted like
 * the programme's applicants, through the real application path with the job executor on. Then
 * {@code benchmark.users} reviewers (50) sign in to Tasklist and each works {@code benchmark.rounds}
 * tasks at once, making the calls Tasklist 7.24 makes with the signed-in session (recorded in Chromium
 * from a reviewer's screening): the page of "My group's tasks" (50 rows with the filter's columns and
 * their total, authorization checks on), the task opened (the task, its form, the deployed form and its
 * variables), the claim and the submitted form, each followed by the page again and, after the form,
 * the candidate's next task, with {@code benchmark.think-ms} between steps. It reports p50/p95 of each
 * call; "page" counts every page a reviewer waited for. Run: {@code ./mvnw -Pbenchmark test -Dtest=TaskListBenchmark -Dtest.database=postgres}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
@ExtendWith(OpenCohort.class)
class TaskListBenchmark {

  private static final int OPEN_TASKS = Integer.getInteger("benchmark.open-tasks", 15_000);
  private static final int USERS = Integer.getInteger("benchmark.users", 50);
  private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 10);
  private static final long THINK_MILLIS = Long.getLong("benchmark.think-ms", 1000);
  private static final int PAGE = 50;
  private static final String AUTH = "/camunda/api/admin/auth/user/default";
  private static final String ENGINE = "/camunda/api/engine/engine/default";
  /** What Tasklist sends for a page: its search (none), the page and its default sorting, active tasks only. */
  private static final String TASKLIST_PAGE = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"firstResult\":0,\"maxResults\":" + PAGE + ",\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],"
      + "\"active\":true}";
  private static final String OPEN = "task opened";
  private static final String REREAD = "task read again";
  private static final String NEXT = "next task of the candidate";
  private static final List<String> CALLS = List.of("page", OPEN, "claim", REREAD, "complete", NEXT);

  @LocalServerPort
  int port;
  @Autowired
  ApplicationService applications;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  FilterService filterService;
  @Autowired
  BenchmarksFile benchmarks;
  @Autowired
  SqlStatements statements;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, ConcurrentLinkedQueue<Double>> millis = new ConcurrentHashMap<>();
  private final AtomicInteger takenByAColleague = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  @Test
  void fiftyReviewersWorkTheirTaskListsWhileFifteenThousandTasksAreOpen() throws Exception {
    long started = System.nanoTime();
    long opened = openScreeningTasks();
    Duration filling = Duration.ofNanos(System.nanoTime() - started);
    long open = openScreeningTaskCount();
    String filterId = filterService.createTaskFilterQuery().filterName(IdentitySetup.MY_GROUPS_TASKS_FILTER)
        .singleResult().getId();
    List<Reviewer> reviewers = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      reviewers.add(signIn(reviewerOf(i, Fate.regionAt(i * 1000 / USERS))));
    }

    Timing.Percentiles alone = Timing.of(() -> page(reviewers.get(0), filterId), 5, 40);

    statements.reset();
    started = System.nanoTime();
    ExecutorService people = Executors.newFixedThreadPool(USERS);
    List<java.util.concurrent.Future<Integer>> worked = reviewers.stream()
        .map(reviewer -> people.submit(() -> work(reviewer, filterId))).toList();
    int completed = 0;
    for (var done : worked) {
      completed += done.get();
    }
    people.shutdown();
    Duration working = Duration.ofNanos(System.nanoTime() - started);

    assertThat(refused).as("calls refused or failed (not a colleague's claim)").hasValue(0);
    assertThat(completed).isEqualTo(USERS * ROUNDS);
    report(open, opened, filling, working, completed, alone);
  }

  /**
   * Applications from 4 threads, as the portal sends them, until {@code OPEN_TASKS} are open (on a kept
   * database, {@code -Dtest.postgres.data}, only those the last run's reviewers completed); the job
   * executor opens their screening tasks. How many this run opened.
   */
  private long openScreeningTasks() throws InterruptedException {
    long open = openScreeningTaskCount();
    AtomicInteger accepted = new AtomicInteger();
    ExecutorService portal = Executors.newFixedThreadPool(4);
    LongStream.range(open, OPEN_TASKS).forEach(i -> portal.submit(() -> {
      applications.submit(TestApplications.valid(Fate.regionAt((int) (i * 7919 % 1000))));
      accepted.incrementAndGet();
    }));
    portal.shutdown();
    assertThat(portal.awaitTermination(2, TimeUnit.HOURS)).isTrue();
    Awaitility.await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofSeconds(2))
        .until(() -> openScreeningTaskCount() >= open + accepted.get());
    return accepted.get();
  }

  private long openScreeningTaskCount() {
    return taskService.createTaskQuery().taskDefinitionKey("Task_ScreenDocuments").count();
  }

  private String reviewerOf(int i, Region region) {
    String id = "bench.reviewer." + i;
    if (identityService.createUserQuery().userId(id).singleResult() == null) {
      User user = identityService.newUser(id);
      user.setFirstName("Reviewer");
      user.setLastName(String.valueOf(i));
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(id, Role.DOCUMENT_REVIEWERS.groupId());
      identityService.createMembership(id, Role.DOCUMENT_REVIEWERS.groupFor(region));
    }
    return id;
  }

  private int work(Reviewer reviewer, String filterId) throws Exception {
    Random random = new Random(reviewer.userId().hashCode());
    int completed = 0;
    JsonNode page = json.readTree(timed("page", reviewer, "POST", pageOf(filterId), TASKLIST_PAGE));
    while (completed < ROUNDS) {
      JsonNode tasks = page.path("_embedded").path("task");
      assertThat(tasks.size()).as("%s's page is empty: their region ran out of open tasks; raise benchmark.open-tasks",
          reviewer.userId()).isPositive();
      String taskId = tasks.get(random.nextInt(tasks.size())).path("id").asText();
      boolean claimed = open(reviewer, taskId);
      if (claimed) {
        think();
        claimed = claim(reviewer, taskId);
      }
      if (claimed) {
        timed(REREAD, reviewer, "GET", ENGINE + "/task/" + taskId, null);
      }
      page = json.readTree(timed("page", reviewer, "POST", pageOf(filterId), TASKLIST_PAGE));
      if (claimed) {
        think();
        timed("complete", reviewer, "POST", ENGINE + "/task/" + taskId + "/submit-form", acceptedDocuments());
        timed(NEXT, reviewer, "GET", ENGINE + "/task?assignee=" + reviewer.userId() + "&processInstanceId="
            + processInstanceOf(tasks, taskId) + "&maxResults=15", null);
        page = json.readTree(timed("page", reviewer, "POST", pageOf(filterId), TASKLIST_PAGE));
        completed++;
        think();
      }
    }
    return completed;
  }

  private static String processInstanceOf(JsonNode tasks, String taskId) {
    for (JsonNode task : tasks) {
      if (task.path("id").asText().equals(taskId)) {
        return task.path("processInstanceId").asText();
      }
    }
    throw new AssertionError(taskId + " is not on the page it was taken from");
  }

  /**
   * Tasklist opens a task: the task, then its form's key, the deployed form and the form's variables.
   * False when a colleague completed it since the page was read (gone: 404, or 403 once its grants
   * went with it).
   */
  private boolean open(Reviewer reviewer, String taskId) throws Exception {
    long start = System.nanoTime();
    String task = ENGINE + "/task/" + taskId;
    for (String path : List.of(task, task + "/form", task + "/deployed-form", task + "/form-variables?deserializeValues=false")) {
      HttpResponse<String> response = send(reviewer, "GET", path, null);
      boolean gone = response.statusCode() == 404 || response.statusCode() == 403;
      if (gone && taskService.createTaskQuery().taskId(taskId).count() == 0) {
        takenByAColleague.incrementAndGet();
        return false;
      }
      expectSuccess(OPEN, response);
    }
    millis.computeIfAbsent(OPEN, call -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1e6);
    return true;
  }

  /** The page alone, without anyone else's calls: what queueing behind 50 people adds is the difference. */
  private void page(Reviewer reviewer, String filterId) {
    try {
      expectSuccess("page", send(reviewer, "POST", pageOf(filterId), TASKLIST_PAGE));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pageOf(String filterId) {
    return ENGINE + "/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE;
  }

  /** False when a colleague claimed it first (Tasklist shows that and the reviewer picks another). */
  private boolean claim(Reviewer reviewer, String taskId) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = send(reviewer, "POST", ENGINE + "/task/" + taskId + "/claim",
        "{\"userId\":\"" + reviewer.userId() + "\"}");
    millis.computeIfAbsent("claim", call -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1e6);
    if (response.statusCode() == 409 || response.statusCode() == 400 && response.body().contains("already claimed")) {
      takenByAColleague.incrementAndGet();
      return false;
    }
    expectSuccess("claim", response);
    return true;
  }

  private String acceptedDocuments() throws IOException {
    Map<String, Object> variables = new HashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> variables.put(item, Map.of("value", true)));
    variables.put(CandidateJourney.DOCUMENTS_DECISION, Map.of("value", "accepted"));
    return json.writeValueAsString(Map.of("variables", variables));
  }

  private String timed(String call, Reviewer reviewer, String method, String path, String body) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = send(reviewer, method, path, body);
    millis.computeIfAbsent(call, c -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1e6);
    expectSuccess(call, response);
    return response.body();
  }

  private void expectSuccess(String call, HttpResponse<String> response) {
    if (response.statusCode() >= 300) {
      refused.incrementAndGet();
      throw new AssertionError(call + ": " + response.statusCode() + " " + response.body());
    }
  }

  private static void think() throws InterruptedException {
    Thread.sleep(THINK_MILLIS);
  }

  /** Signed in as Tasklist signs in: the login page's session and CSRF token, the form, the new session's token. */
  private Reviewer signIn(String userId) throws Exception {
    String address = "198.51.100." + (userId.hashCode() & 0x7f);
    HttpResponse<String> page = http.send(request(AUTH, address).GET().build(), HttpResponse.BodyHandlers.ofString());
    Reviewer anonymous = new Reviewer(userId, address, cookie(page, "JSESSIONID"),
        page.headers().firstValue("X-XSRF-TOKEN").orElseThrow());
    String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password=demo";
    HttpResponse<String> login = http.send(anonymous.headers(request(AUTH + "/login/tasklist", address))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("%s signs in: %s", userId, login.body()).isEqualTo(200);
    Reviewer signedIn = new Reviewer(userId, address, cookie(login, "JSESSIONID"), null);
    HttpResponse<String> after = http.send(signedIn.headers(request(AUTH, address)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reviewer(userId, address, signedIn.session(), after.headers().firstValue("X-XSRF-TOKEN").orElseThrow());
  }

  private HttpResponse<String> send(Reviewer reviewer, String method, String path, String body) throws Exception {
    HttpRequest.Builder request = reviewer.headers(request(path, reviewer.address()))
        .header("Accept", "application/hal+json, application/json")
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String address) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
        .header("X-Forwarded-For", address);
  }

  private static String cookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
        .map(c -> c.split(";")[0]).orElseThrow(() -> new AssertionError("no " + name + " cookie"));
  }

  private void report(long open, long opened, Duration filling, Duration working, int completed, Timing.Percentiles alone) {
    StringBuilder md = new StringBuilder();
    md.append(String.format("- %d open screening tasks across the 20 regions (%d of them opened by this run, in %s); %d reviewers signed in "
            + "to Tasklist, %d tasks each, %d ms think time between steps; %d completed in %s (%.1f completions/s); "
            + "%d tasks taken by a colleague first (409 at the claim, or 404/403 when opened), 0 refused%n%n", open, opened, filling.withNanos(0), USERS, ROUNDS,
        THINK_MILLIS, completed, working.withNanos(0), completed * 1000.0 / working.toMillis(), takenByAColleague.get()));
    md.append("| call | calls | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
    for (String call : CALLS) {
      List<Double> samples = List.copyOf(millis.getOrDefault(call, new ConcurrentLinkedQueue<>()));
      Timing.Percentiles p = Timing.percentiles(samples);
      md.append(String.format("| %s | %d | %.1f | %.1f | %.1f |%n", call, samples.size(), p.p50(), p.p95(),
          samples.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
    }
    md.append(String.format("| page, one reviewer alone before the others start | 40 | %.1f | %.1f | |%n", alone.p50(),
        alone.p95()));
    long executed = statements.executed();
    if (executed != SqlStatements.NOT_COUNTED) {
      md.append(String.format("%nWhile the reviewers worked: %d SQL statements (%.1f per completed task); those that "
          + "took the most time (pg_stat_statements):%n%n", executed, (double) executed / completed));
      statements.mostTime(8).forEach(statement -> md.append("- ").append(statement).append('\n'));
    }
    System.out.println(md);
    benchmarks.writeRun("task lists with " + OPEN_TASKS + " open tasks, " + USERS + " reviewers", md.toString());
  }

  private record Reviewer(String userId, String address, String session, String csrf) {

    HttpRequest.Builder headers(HttpRequest.Builder request) {
      request.header("Cookie", csrf == null ? session : session + "; XSRF-TOKEN=" + csrf);
      return csrf == null ? request : request.header("X-XSRF-TOKEN", csrf);
    }
  }
}
