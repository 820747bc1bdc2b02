package kz.edu.leaders.interview;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.rules.DecisionRules;
import kz.edu.leaders.staff.StaffRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final interview: scheduled by a coordinator with the session's commission, scored by each
 * member on each competency (1-5), combined against DMN {@code interview-threshold}, and decided by
 * the chair, who may override the computed outcome only with a written reason.
 */
@Service
public class InterviewCommission {

  static final String THRESHOLD_RULE = "interview-threshold";
  static final int MIN_MEMBERS = 2;
  static final int MIN_OVERRIDE_REASON = 20;

  /** What the commission's scores say, or the chair decides; recorded as is, or as an override. */
  public enum Decision {
    ADMIT(Outcome.ADMIT, Outcome.ADMIT_OVERRIDE, "Резервке қабылдау", "Принять в резерв"),
    REJECT(Outcome.REJECT, Outcome.REJECT_OVERRIDE, "Қабылдамау", "Не принимать");

    private final Outcome recorded;
    private final Outcome overridden;
    /** As the chair's form names the choice. */
    private final String kk;
    private final String ru;

    Decision(Outcome recorded, Outcome overridden, String kk, String ru) {
      this.recorded = recorded;
      this.overridden = overridden;
      this.kk = kk;
      this.ru = ru;
    }
  }

  public record Combined(double mean, double threshold, Decision computed) {
  }

  private final InterviewRepository interviews;
  private final InterviewScoreRepository scores;
  private final StageResultRepository results;
  private final DecisionRules rules;
  private final IdentityService identityService;
  private final StaffRegistry staff;
  private final ApplicationRepository applications;
  private final Clock clock;

  public InterviewCommission(InterviewRepository interviews, InterviewScoreRepository scores,
      StageResultRepository results, DecisionRules rules, IdentityService identityService, StaffRegistry staff,
      ApplicationRepository applications, Clock clock) {
    this.interviews = interviews;
    this.scores = scores;
    this.results = results;
    this.rules = rules;
    this.identityService = identityService;
    this.staff = staff;
    this.applications = applications;
    this.clock = clock;
  }

  /** A member of the interview commission, as the scheduling form lists them. */
  public record Member(String userId, String fullName) {
  }

  /**
   * Everyone in the commission group who may sit on this candidate's session (none from the
   * candidate's organisation): the form's list and its starting suggestion.
   */
  @Transactional(readOnly = true)
  public List<Member> eligibleMembers(long applicationId) {
    String organisation = applications.findById(applicationId).orElseThrow().getOrganisationName();
    return identityService.createUserQuery().memberOfGroup(Role.INTERVIEW_COMMISSION.groupId()).orderByUserId().asc()
        .list().stream().filter(user -> !staff.worksAt(user.getId(), organisation))
        .map(user -> new Member(user.getId(), (blankToEmpty(user.getFirstName()) + " " + blankToEmpty(user.getLastName()))
            .strip()))
        .toList();
  }

  private static String blankToEmpty(String text) {
    return text == null ? "" : text;
  }

  /** The session as scheduled ({@link InterviewSchedule}), once its members may sit on it. */
  @Transactional
  public Interview schedule(long applicationId, InterviewSchedule session) {
    checkMembers(session.members(), applications.findById(applicationId).orElseThrow().getOrganisationName());
    return interviews.save(new Interview(applicationId, session.at(), session.place(), session.members(),
        session.coordinator(), clock.instant()));
  }

  /** Each member in the commission's group, none from the candidate's organisation (staff registry). */
  private void checkMembers(List<String> members, String candidateOrganisation) {
    for (String member : members) {
      if (identityService.createUserQuery().userId(member).memberOfGroup(Role.INTERVIEW_COMMISSION.groupId())
          .count() == 0) {
        throw new FieldRefused(FinalInterview.COMMISSION,
            member + " сұхбат комиссиясының мүшесі емес / " + member + " не входит в комиссию по собеседованию");
      }
      if (staff.worksAt(member, candidateOrganisation)) {
        throw new FieldRefused(FinalInterview.COMMISSION,
            member + " үміткердің ұйымында жұмыс істейді (мүдделер қақтығысы) / "
                + member + " работает в организации кандидата (конфликт интересов)");
      }
    }
    if (members.size() < MIN_MEMBERS) {
      throw new FieldRefused(FinalInterview.COMMISSION,
          "Комиссияға кемінде " + MIN_MEMBERS + " мүше керек / В комиссии нужно не менее " + MIN_MEMBERS + " членов");
    }
  }

  /** The session's members: the multi-instance collection of the scoring tasks. */
  @Transactional(readOnly = true)
  @ModelFunction
  public List<String> membersOf(long applicationId) {
    return interviews.findById(applicationId).orElseThrow().members();
  }

  @Transactional(readOnly = true)
  public Interview of(long applicationId) {
    return interviews.findById(applicationId).orElseThrow();
  }

  /** One member's scores, as checked on their form ({@link MemberScores}). */
  @Transactional
  public void score(long applicationId, MemberScores given) {
    given.scores().forEach((competency, score) -> scores.save(new InterviewScore(applicationId, given.member(),
        competency, score, clock.instant())));
  }

  /** Every member's every score, their mean against the threshold (DMN), recorded as computed. */
  @Transactional
  public Combined combine(long applicationId) {
    List<InterviewScore> all = scores.findByApplicationId(applicationId);
    double mean = Math.round(all.stream().mapToInt(InterviewScore::getScore).average().orElseThrow() * 100) / 100.0;
    DecisionRules.Outcome rule = rules.evaluate(THRESHOLD_RULE, Map.of("meanScore", mean));
    double threshold = ((Number) rule.single("threshold")).doubleValue();
    Decision computed = Decision.valueOf((String) rule.single("outcome"));
    results.save(new StageResult(applicationId, Stage.INTERVIEW, computed.recorded,
        String.format(Locale.ROOT, "mean %.2f of 5 over %d scores (threshold %.2f)", mean, all.size(), threshold),
        "system", clock.instant()).byRule(rule, null));
    return new Combined(mean, threshold, computed);
  }

  /**
   * The chair's decision: the computed outcome, or the other one with a written reason that is
   * recorded beside the computed result.
   *
   * @return whether the candidate is admitted to the reserve
   */
  @Transactional
  public boolean decide(long applicationId, Decision computed, ChairDecision decision) {
    Decision chosen = decision.chosen();
    String why = decision.reason();
    boolean overridden = chosen != computed;
    if (overridden && why.length() < MIN_OVERRIDE_REASON) {
      throw new FieldRefused(FinalInterview.CHAIR_REASON, "Есептелген нәтижеден («" + computed.kk
          + "») өзгеше шешімнің себебін жазыңыз (кемінде " + MIN_OVERRIDE_REASON + " таңба) / "
          + "Напишите причину решения, отличного от расчётного («" + computed.ru + "») (не менее "
          + MIN_OVERRIDE_REASON + " символов)");
    }
    results.save(new StageResult(applicationId, Stage.INTERVIEW_DECISION, overridden ? chosen.overridden : chosen.recorded,
        "computed " + computed + (why.isEmpty() ? "" : (overridden ? "; override: " : "; ") + why), decision.chair(),
        clock.instant()));
    return chosen == Decision.ADMIT;
  }
}
