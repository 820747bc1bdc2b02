package kz.edu.leaders.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edu.leaders.appeal.Appeal;
import kz.edu.leaders.appeal.AppealRepository;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.Post;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.appointment.LeadershipPost;
import kz.edu.leaders.appointment.Vacancy;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.reserve.ReserveMembership;
import kz.edu.leaders.reserve.ReserveMembershipRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's figures for process owners and the ministry: each cohort's funnel from application
 * to appointment, and per region the reservists, their former posts and their appointments. Counted
 * from the recorded stage results and reserve memberships, never from process variables.
 */
@Service
public class ProgrammeReport {

  /** One step of the funnel: the outcomes at one stage that count a candidate in (words: docs/GLOSSARY.md). */
  enum Step {
    APPLIED("Өтінім берді", "Подали заявку", null),
    ELIGIBLE("Талаптарға сай", "Соответствуют требованиям", Stage.ELIGIBILITY, Outcome.ELIGIBLE),
    DOCUMENTS_ACCEPTED("Құжаттар қабылданды", "Документы приняты", Stage.DOCUMENT_SCREENING, Outcome.ACCEPTED),
    TESTED("Тест тапсырды", "Прошли тестирование", Stage.TEST, Outcome.PASSED, Outcome.FAILED),
    ADMITTED_TO_TRAINING("Оқуға қабылданды", "Приняты на обучение", Stage.RANKING, Outcome.ADMITTED),
    LEVEL_BASIC("Базалық деңгей", "Базовый уровень", Stage.TRAINING_BASIC, Outcome.PASSED),
    LEVEL_EXPERT("Сарапшылық деңгей", "Экспертный уровень", Stage.TRAINING_EXPERT, Outcome.PASSED),
    LEVEL_PROFESSIONAL("Кәсіби деңгей", "Профессиональный уровень", Stage.TRAINING_PROFESSIONAL, Outcome.PASSED),
    // the later steps count who passed a stage, and bear its name
    INTERNSHIP(Stage.INTERNSHIP, Stage.INTERNSHIP_SIGN_OFF, Outcome.SIGNED_OFF),
    FINAL_ASSESSMENT(Stage.FINAL_ASSESSMENT, Stage.FINAL_ASSESSMENT, Outcome.PASSED),
    INTERVIEW(Stage.INTERVIEW, Stage.INTERVIEW_DECISION, Outcome.ADMIT, Outcome.ADMIT_OVERRIDE),
    RESERVE(Stage.RESERVE, Stage.RESERVE, Outcome.ENROLLED),
    APPOINTED("Тағайындалды", "Назначены", Stage.APPOINTMENT, Outcome.DIRECTOR, Outcome.DEPUTY_DIRECTOR);

    final String kazakh;
    final String russian;
    final Stage stage;
    final List<Outcome> outcomes;

    Step(String kazakh, String russian, Stage stage, Outcome... outcomes) {
      this.kazakh = kazakh;
      this.russian = russian;
      this.stage = stage;
      this.outcomes = List.of(outcomes);
    }

    Step(Stage namedAfter, Stage stage, Outcome... outcomes) {
      this(namedAfter.nameIn("kk"), namedAfter.nameIn("ru"), stage, outcomes);
    }
  }

  public record FunnelStep(String step, String labelKk, String labelRu, long count, Double rateOfPrevious,
      Double rateOfApplied) {
  }

  public record Funnel(int cohortYear, List<FunnelStep> steps) {
  }

  public record RegionFigures(String region, String regionName, long reservists, long deputyHeads, long teachers,
      long appointed, long appointedAsHead, long appointedAsDeputy, Double appointmentRate, long keleshekSchoolsLed) {
  }

  public record Regions(Set<Integer> cohorts, List<RegionFigures> regions, RegionFigures total) {
  }

  /**
   * A cohort's appeals against one stage's decisions: lodged, still open, upheld, overturned, and the
   * overturned share of those decided (null while none is decided).
   */
  public record AppealFigures(String stage, String label, long lodged, long open, long upheld, long overturned,
      Double overturnedShare) {
  }

  public record Appeals(int cohortYear, List<AppealFigures> stages) {
  }

  private final ApplicationRepository applications;
  private final ReserveMembershipRepository memberships;
  private final VacancyRepository vacancies;
  private final AppealRepository appeals;

  public ProgrammeReport(ApplicationRepository applications, ReserveMembershipRepository memberships,
      VacancyRepository vacancies, AppealRepository appeals) {
    this.applications = applications;
    this.memberships = memberships;
    this.vacancies = vacancies;
    this.appeals = appeals;
  }

  /** The cohort's appeals per appealed stage (only stages someone appealed), in stage order. */
  @Transactional(readOnly = true)
  public Appeals appeals(int cohortYear) {
    Map<String, Map<Appeal.State, Long>> byStage = new TreeMap<>(Comparator.comparing(Stage::valueOf));
    for (Object[] row : appeals.countByStageAndState(cohortYear)) {
      byStage.computeIfAbsent((String) row[0], stage -> new EnumMap<>(Appeal.State.class))
          .put((Appeal.State) row[1], (Long) row[2]);
    }
    List<AppealFigures> stages = new ArrayList<>();
    byStage.forEach((stage, states) -> {
      long open = states.getOrDefault(Appeal.State.LODGED, 0L);
      long upheld = states.getOrDefault(Appeal.State.UPHELD, 0L);
      long overturned = states.getOrDefault(Appeal.State.OVERTURNED, 0L);
      long decided = upheld + overturned;
      stages.add(new AppealFigures(stage, Stage.valueOf(stage).bilingualName(), decided + open, open, upheld, overturned,
          decided == 0 ? null : Math.round(overturned * 1000.0 / decided) / 1000.0));
    });
    return new Appeals(cohortYear, stages);
  }

  @Transactional(readOnly = true)
  public Funnel funnel(int cohortYear) {
    Map<Stage, Map<Outcome, Long>> reached = new EnumMap<>(Stage.class);
    for (Object[] row : applications.countOutcomes(cohortYear)) {
      reached.computeIfAbsent((Stage) row[0], stage -> new EnumMap<>(Outcome.class)).put((Outcome) row[1], (Long) row[2]);
    }
    long applied = applications.countByCohortYear(cohortYear);
    List<FunnelStep> steps = new ArrayList<>();
    Long previous = null;
    for (Step step : Step.values()) {
      long count = step == Step.APPLIED ? applied
          : step.outcomes.stream().mapToLong(outcome -> reached.getOrDefault(step.stage, Map.of())
              .getOrDefault(outcome, 0L)).sum();
      steps.add(new FunnelStep(step.name(), step.kazakh, step.russian, count,
          previous == null ? null : rate(count, previous), step == Step.APPLIED ? null : rate(count, applied)));
      previous = count;
    }
    return new Funnel(cohortYear, steps);
  }

  /** @param cohorts the cohorts whose reservists count; empty for all */
  @Transactional(readOnly = true)
  public Regions regions(Set<Integer> cohorts) {
    List<ReserveMembership> all = memberships.findAll();
    Map<Long, Application> byId = applications.findAllById(all.stream().map(ReserveMembership::getApplicationId)
        .toList()).stream().filter(a -> cohorts.isEmpty() || cohorts.contains(a.getCohortYear()))
        .collect(Collectors.toMap(Application::getId, Function.identity()));
    Map<Long, Vacancy> vacancyById = vacancies.findAllById(all.stream().map(ReserveMembership::getAppointedVacancyId)
        .filter(id -> id != null).toList()).stream().collect(Collectors.toMap(Vacancy::getId, Function.identity()));
    List<ReserveMembership> counted = all.stream().filter(m -> byId.containsKey(m.getApplicationId())).toList();
    List<RegionFigures> regions = Arrays.stream(Region.values())
        .map(region -> figures(region.name(), region.displayName(), counted.stream()
            .filter(m -> byId.get(m.getApplicationId()).getRegion() == region).toList(), byId, vacancyById))
        .toList();
    return new Regions(cohorts, regions, figures("ALL", "Kazakhstan", counted, byId, vacancyById));
  }

  private static RegionFigures figures(String region, String name, List<ReserveMembership> reservists,
      Map<Long, Application> applications, Map<Long, Vacancy> vacancies) {
    List<Vacancy> posts = reservists.stream().filter(m -> m.getStatus() == ReserveMembership.Status.APPOINTED)
        .map(m -> vacancies.get(m.getAppointedVacancyId())).toList();
    long deputyHeads = reservists.stream()
        .filter(m -> applications.get(m.getApplicationId()).getCurrentPost() == Post.DEPUTY_HEAD).count();
    long heads = posts.stream().filter(v -> v.getPost() == LeadershipPost.DIRECTOR).count();
    long keleshek = posts.stream().filter(v -> v.getPost() == LeadershipPost.DIRECTOR && v.getSchool().isKeleshek())
        .map(v -> v.getSchool().getId()).distinct().count();
    return new RegionFigures(region, name, reservists.size(), deputyHeads, reservists.size() - deputyHeads,
        posts.size(), heads, posts.size() - heads, reservists.isEmpty() ? null : rate(posts.size(), reservists.size()),
        keleshek);
  }

  /** A share as a percentage with one decimal (53 of 69: 76.8). */
  static Double rate(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
  }
}
