package kz.edu.leaders.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.reserve.ReserveMembership;
import kz.edu.leaders.reserve.ReserveMembershipRepository;
import kz.edu.leaders.rules.DecisionRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reservists proposed for a vacancy: who may be offered it and in which tier (DMN
 * {@code shortlist-priority}: the vacancy's region first, then those who would move; a Keleshek
 * school takes the highest-ranked from both alike), by final-assessment score within a tier, then by
 * the earlier enrolment. Nobody with an open offer, nobody who already turned this post down.
 */
@Service
public class Shortlist {

  static final String RULE = "shortlist-priority";
  static final int SIZE = 10;

  public record Entry(int position, long applicationId, String applicationNumber, String fullName, String region,
      String formerPost, int score, int tier, LocalDate enrolledOn) {
  }

  public record Proposal(List<Entry> entries, String rule) {
  }

  private final ReserveMembershipRepository memberships;
  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final VacancyOfferRepository offers;
  private final DecisionRules rules;

  public Shortlist(ReserveMembershipRepository memberships, ApplicationRepository applications,
      StageResultRepository results, VacancyOfferRepository offers, DecisionRules rules) {
    this.memberships = memberships;
    this.applications = applications;
    this.results = results;
    this.offers = offers;
    this.rules = rules;
  }

  /** Not read-only: each evaluation of the rule is written to the decision history. */
  @Transactional
  public Proposal propose(Vacancy vacancy) {
    Set<Long> alreadyAsked = offers.findByVacancyId(vacancy.getId()).stream().map(VacancyOffer::getApplicationId)
        .collect(Collectors.toSet());
    Map<Long, Integer> scores = results.findByStageAndOutcome(Stage.FINAL_ASSESSMENT, Outcome.PASSED).stream()
        .filter(r -> r.getScore() != null)
        .collect(Collectors.toMap(StageResult::getApplicationId, StageResult::getScore, Math::max));
    Set<Long> holdingAnOffer = offers.applicationsWithAnOpenOffer();
    List<ReserveMembership> candidates = memberships.findByStatus(ReserveMembership.Status.VALID).stream()
        .filter(m -> !alreadyAsked.contains(m.getApplicationId()) && !holdingAnOffer.contains(m.getApplicationId()))
        .toList();
    Map<Long, Application> byId = applications.findAllById(candidates.stream()
        .map(ReserveMembership::getApplicationId).toList()).stream()
        .collect(Collectors.toMap(Application::getId, a -> a));
    // one evaluation per combination of inputs, not one per reservist: the rule's version is the same
    Map<String, DecisionRules.Outcome> decided = new HashMap<>();
    record Ranked(ReserveMembership membership, Application application, int tier, int score) {
    }
    List<Ranked> ranked = candidates.stream().map(m -> {
      Application application = byId.get(m.getApplicationId());
      boolean sameRegion = application.getRegion() == vacancy.getSchool().getRegion();
      DecisionRules.Outcome outcome = decided.computeIfAbsent(sameRegion + "/" + m.isWillingToRelocate(),
          key -> rules.evaluate(RULE, Map.of("keleshek", vacancy.getSchool().isKeleshek(), "sameRegion", sameRegion,
              "willingToRelocate", m.isWillingToRelocate())));
      int tier = ((Number) outcome.single("tier")).intValue();
      return new Ranked(m, application, tier, scores.getOrDefault(m.getApplicationId(), 0));
    }).filter(r -> r.tier() > 0)
        .sorted(Comparator.comparingInt(Ranked::tier).thenComparing(Ranked::score, Comparator.reverseOrder())
            .thenComparing(r -> r.membership().getEnrolledOn()).thenComparing(r -> r.application().getId()))
        .limit(SIZE).toList();
    List<Entry> entries = new ArrayList<>();
    for (Ranked r : ranked) {
      entries.add(new Entry(entries.size() + 1, r.application().getId(), r.application().getApplicationNumber(),
          r.application().getName().fullName(), r.application().getRegion().displayName(),
          r.application().getCurrentPost().label(), r.score(), r.tier(), r.membership().getEnrolledOn()));
    }
    String rule = decided.values().stream().findFirst().map(DecisionRules.Outcome::rule).orElse(RULE);
    return new Proposal(entries, rule);
  }
}
