package kz.edu.leaders.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.rules.DecisionRules;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Records one test result: the score and its pass/fail (DMN {@code pass-marks}, with its version)
 * and hands it to the candidate's journey, in the caller's transaction, which marks the import's row
 * too: a crash leaves both or neither. A result that cannot be recorded is refused with a reason,
 * never dropped silently; the same score again is UNCHANGED, never recorded twice. A result is dated
 * in the cohort's test window or in the candidate's make-up sitting.
 */
@Component
class TestResultRecorder {

  static final String ALREADY_RECORDED = "Бұрын жазылған / Уже записано";

  static final String PASS_MARKS = "pass-marks";

  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final DecisionRules rules;
  private final RuntimeService runtimeService;
  private final MakeUpSittings makeUpSittings;
  private final RankingService ranking;
  private final Clock clock;

  TestResultRecorder(ApplicationRepository applications, StageResultRepository results, DecisionRules rules,
      RuntimeService runtimeService, MakeUpSittings makeUpSittings, RankingService ranking, Clock clock) {
    this.applications = applications;
    this.results = results;
    this.rules = rules;
    this.runtimeService = runtimeService;
    this.makeUpSittings = makeUpSittings;
    this.ranking = ranking;
    this.clock = clock;
  }

  /**
   * Throws when the result could not be handed on: the caller rolls its transaction back, so nothing
   * of it stays, and refuses the row with {@link #refusal}.
   */
  RecordedResult record(Cohort cohort, TestResultRow row, String importedBy) {
    if (row.problem() != null) {
      return RecordedResult.refused(row.problem());
    }
    String number = row.applicationNumber() == null ? "" : row.applicationNumber().trim();
    if (!number.matches("\\d{4}-[A-Z]{3}-\\d{5}")) {
      return RecordedResult.refused("«" + number + "» өтінім нөмірі емес (мысалы, 2026-TUR-00042) / «" + number
          + "» не номер заявки (например, 2026-TUR-00042)");
    }
    Optional<Integer> score = score(row.score());
    if (score.isEmpty()) {
      return RecordedResult.refused("«" + row.score() + "» балы 0-ден 100-ге дейінгі бүтін сан емес / Балл «" + row.score()
          + "» не целое число от 0 до 100");
    }
    Optional<LocalDate> takenOn = date(row.date());
    if (takenOn.isEmpty()) {
      return RecordedResult.refused("«" + row.date() + "» күні ЖЖЖЖ-АА-КК түрінде емес / Дата «" + row.date()
          + "» не в виде ГГГГ-ММ-ДД");
    }
    return recordFor(cohort, number, score.get(), takenOn.get(), importedBy);
  }

  /** Why a row whose recording threw, and was rolled back, is refused. */
  static RecordedResult refusal(RuntimeException e) {
    if (e instanceof MismatchingMessageCorrelationException) {
      return RecordedResult.refused("Үміткердің жолы тест нәтижесін күтіп тұрған жоқ / Путь кандидата не ожидает результата теста");
    }
    String reason = "Нәтиже жазылмады / Результат не записан: " + e.getMessage();
    // cut to the reason column, or the refusal itself could not be stored
    return RecordedResult.refused(reason.length() > 500 ? reason.substring(0, 500) : reason);
  }

  private RecordedResult recordFor(Cohort cohort, String number, int score, LocalDate takenOn, String importedBy) {
    Application application = applications.findByApplicationNumber(number)
        .filter(a -> a.getCohortYear() == cohort.getYear()).orElse(null);
    if (application == null) {
      return RecordedResult.refused(cohort.getYear() + " когортасында " + number + " өтінімі жоқ / В когорте "
          + cohort.getYear() + " года нет заявки " + number);
    }
    boolean inWindow = !takenOn.isBefore(cohort.getTestWindowStart()) && !takenOn.isAfter(cohort.getTestWindowEnd());
    boolean madeUp = makeUpSittings.covers(application, takenOn);
    if (!inWindow && !madeUp) {
      String window = ProgrammeClock.DAY.format(cohort.getTestWindowStart()) + " – "
          + ProgrammeClock.DAY.format(cohort.getTestWindowEnd());
      String day = ProgrammeClock.DAY.format(takenOn);
      return RecordedResult.refused(day + " күні тестілеу кезеңінен тыс (" + window + ") / Дата " + day
          + " вне периода тестирования (" + window + ")");
    }
    Optional<StageResult> earlier = results.findFirstByApplicationIdAndStageOrderByDecidedAtDescIdDesc(application.getId(),
        Stage.TEST);
    if (earlier.isPresent()) {
      return earlier.get().getScore() == score
          ? new RecordedResult(TestImportRow.Outcome.UNCHANGED, score, takenOn, ALREADY_RECORDED)
          : RecordedResult.refused("Үміткердің тест нәтижесі бұрын жазылған (" + earlier.get().getScore()
              + " балл); басқа балл жүктемеден қабылданбайды / У кандидата уже есть результат теста ("
              + earlier.get().getScore() + " б.); другой балл из загрузки не принимается");
    }
    if (application.getStatus() != ApplicationStatus.DOCUMENTS_ACCEPTED) {
      return RecordedResult.refused("Өтінім тестті күтіп тұрған жоқ (күйі: " + application.getStatus()
          + ") / Заявка не ожидает теста (статус: " + application.getStatus() + ")");
    }
    DecisionRules.Outcome passMarks = rules.evaluate(PASS_MARKS, Map.of("stage", Stage.TEST.name()));
    int passMark = ((Number) passMarks.single("passMark")).intValue();
    boolean passed = score >= passMark;
    results.save(new StageResult(application.getId(), Stage.TEST, passed ? Outcome.PASSED : Outcome.FAILED,
        "taken on " + takenOn, importedBy, clock.instant()).byRule(passMarks, score));
    application.changeStatus(passed ? ApplicationStatus.TEST_PASSED : ApplicationStatus.TEST_FAILED);
    runtimeService.createMessageCorrelation(CandidateJourney.MESSAGE_TEST_RESULT).processInstanceBusinessKey(number)
        .setVariable(CandidateJourney.TEST_SCORE, score)
        .setVariable(CandidateJourney.TEST_PASSED, passed)
        .setVariable(CandidateJourney.PASS_MARK, passMark)
        .correlate();
    if (passed && madeUp) {
      // a make-up sitting's result meets a ranking already drawn up at once
      ranking.placeAgainstDrawnRanking(application, score)
          .ifPresent(place -> ranking.tell(application, place.admitted(), place.position()));
    }
    return new RecordedResult(TestImportRow.Outcome.ACCEPTED, score, takenOn, passed ? "passed" : "below the pass mark");
  }

  private static Optional<Integer> score(String text) {
    try {
      int score = Integer.parseInt(text.trim());
      return score < 0 || score > 100 ? Optional.empty() : Optional.of(score);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
