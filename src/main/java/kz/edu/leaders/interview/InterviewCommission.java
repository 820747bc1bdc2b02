package kz.edu.leaders.interview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.FormChoices;
import kz.edu.leaders.journey.FormScore;
import kz.edu.leaders.journey.TaskClaim;
import kz.edu.leaders.region.ProgrammeClock;
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
  /** The interview table keeps the session's members in one column of this size. */
  static final int MAX_COMMISSION_LENGTH = 1000;
  static final int MIN_OVERRIDE_REASON = 20;

  /** What the commission's scores say, or the chair decides; recorded as is, or as an override. */
  public enum Decision {
    ADMIT(Outcome.ADMIT, Outcome.ADMIT_OVERRIDE),
    REJECT(Outcome.REJECT, Outcome.REJECT_OVERRIDE);

    private final Outcome recorded;
    private final Outcome overridden;

    Decision(Outcome recorded, Outcome overridden) {
      this.recorded = recorded;
      this.overridden = overridden;
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

  @Transactional
  public Interview schedule(long applicationId, Object date, Object time, Object place, Object commission,
      String coordinator) {
    TaskClaim.require(coordinator, FinalInterview.DATE);
    Instant at;
    try {
      at = LocalDate.parse(String.valueOf(date)).atTime(LocalTime.parse(String.valueOf(time)))
          .atZone(ProgrammeClock.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      throw new FieldRefused(FinalInterview.DATE,
          FinalInterview.DATE + ": a date (YYYY-MM-DD) and a time (HH:MM), Astana time");
    }
    if (!at.isAfter(clock.instant())) {
      throw new FieldRefused(FinalInterview.DATE, FinalInterview.DATE + ": in the future");
    }
    String where = place == null ? "" : place.toString().strip();
    if (where.length() < 3 || where.length() > 500) {
      throw new FieldRefused(FinalInterview.PLACE,
          FinalInterview.PLACE + ": an address or an online link (3 to 500 characters)");
    }
    List<String> members = members(commission,
        applications.findById(applicationId).orElseThrow().getOrganisationName());
    return interviews.save(new Interview(applicationId, at, where, members, coordinator, clock.instant()));
  }

  /**
   * The session's members: each in the commission's group, none from the candidate's organisation
   * (staff registry). As the form's taglist sends them (a list of user ids), or as a text of ids
   * separated by commas, semicolons or spaces (the API).
   */
  private List<String> members(Object commission, String candidateOrganisation) {
    List<String> given = commission instanceof java.util.Collection<?> list ? FormChoices.values(list)
        : Arrays.asList(String.valueOf(commission == null ? "" : commission).split("[,;\\s]+"));
    Set<String> members = new LinkedHashSet<>(given.stream().map(id -> id.strip().toLowerCase(Locale.ROOT))
        .filter(id -> !id.isEmpty()).toList());
    if (String.join(",", members).length() > MAX_COMMISSION_LENGTH) {
      throw new FieldRefused(FinalInterview.COMMISSION,
          FinalInterview.COMMISSION + ": too many members for one session");
    }
    for (String member : members) {
      if (identityService.createUserQuery().userId(member).memberOfGroup(Role.INTERVIEW_COMMISSION.groupId())
          .count() == 0) {
        throw new FieldRefused(FinalInterview.COMMISSION,
            FinalInterview.COMMISSION + ": " + member + " is not a member of the interview commission");
      }
      if (staff.worksAt(member, candidateOrganisation)) {
        throw new FieldRefused(FinalInterview.COMMISSION,
            FinalInterview.COMMISSION + ": " + member + " works at the candidate's organisation (conflict of interest)");
      }
    }
    if (members.size() < MIN_MEMBERS) {
      throw new FieldRefused(FinalInterview.COMMISSION,
          FinalInterview.COMMISSION + ": at least " + MIN_MEMBERS + " commission members");
    }
    return List.copyOf(members);
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

  /** One member's scores: only by that member, each competency a whole number from 1 to 5. */
  @Transactional
  public void score(long applicationId, String member, String assignee, Map<String, Object> form) {
    if (assignee == null || !assignee.equals(member)) {
      throw new FieldRefused(Competency.values()[0].field(),
          "only " + member + " scores in their own name");
    }
    Map<Competency, Integer> checked = new EnumMap<>(Competency.class);
    for (Competency competency : Competency.values()) {
      checked.put(competency, FormScore.between(form.get(competency.field()), 1, 5, competency.field()));
    }
    checked.forEach((competency, score) -> scores.save(new InterviewScore(applicationId, member, competency, score,
        clock.instant())));
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
  public boolean decide(long applicationId, Decision computed, Object decision, Object reason, String chair) {
    TaskClaim.require(chair, FinalInterview.CHAIR_DECISION);
    Decision chosen;
    try {
      chosen = Decision.valueOf(String.valueOf(decision).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FieldRefused(FinalInterview.CHAIR_DECISION,
          FinalInterview.CHAIR_DECISION + ": admit or reject");
    }
    String why = reason == null ? "" : reason.toString().strip();
    if (why.length() > 1900) {
      throw new FieldRefused(FinalInterview.CHAIR_REASON,
          FinalInterview.CHAIR_REASON + ": at most 1900 characters");
    }
    boolean overridden = chosen != computed;
    if (overridden && why.length() < MIN_OVERRIDE_REASON) {
      throw new FieldRefused(FinalInterview.CHAIR_REASON, FinalInterview.CHAIR_REASON
          + ": overriding the computed outcome (" + computed + ") needs a written reason of at least "
          + MIN_OVERRIDE_REASON + " characters");
    }
    results.save(new StageResult(applicationId, Stage.INTERVIEW_DECISION, overridden ? chosen.overridden : chosen.recorded,
        "computed " + computed + (why.isEmpty() ? "" : (overridden ? "; override: " : "; ") + why), chair,
        clock.instant()));
    return chosen == Decision.ADMIT;
  }
}
