package kz.edu.leaders.screening;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.rules.DecisionRules;
import org.springframework.stereotype.Service;

/**
 * The automatic eligibility check: the model's business rule task evaluates DMN {@code eligibility}
 * (post, organisation type, years of experience), and every reason it finds is recorded here, with
 * the decision's version, and told to the candidate in their language.
 */
@Service
public class Eligibility {

  static final String DECISION = "eligibility";
  static final String SYSTEM = "system";

  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final DecisionRules rules;
  private final Clock clock;

  public Eligibility(ApplicationRepository applications, StageResultRepository results, DecisionRules rules,
      Clock clock) {
    this.applications = applications;
    this.results = results;
    this.rules = rules;
    this.clock = clock;
  }

  /** The verdict, with the reasons in the candidate's language (empty when eligible). */
  public record Verdict(boolean eligible, String reasons) {
  }

  /**
   * Records the table's verdict.
   *
   * @param failures the table's rows that matched (hit policy COLLECT): one per reason, none when eligible
   */
  public Verdict record(long applicationId, List<Map<String, Object>> failures) {
    Application application = applications.findById(applicationId).orElseThrow();
    DecisionRules.Outcome outcome = rules.evaluatedInTheModel(DECISION, EligibilityFacts.of(application), failures);
    String language = application.getPreferredLanguage();
    String reasons = failures.stream().map(row -> String.valueOf(row.get("kk".equals(language) ? "reasonKk" : "reasonRu")))
        .collect(Collectors.joining("; "));
    boolean eligible = failures.isEmpty();
    String codes = failures.stream().map(row -> String.valueOf(row.get("reasonCode"))).collect(Collectors.joining(", "));
    results.save(new StageResult(applicationId, Stage.ELIGIBILITY, eligible ? Outcome.ELIGIBLE : Outcome.INELIGIBLE,
        eligible ? null : codes, SYSTEM, clock.instant()).byRule(outcome, null));
    if (!eligible) {
      application.changeStatus(ApplicationStatus.INELIGIBLE);
    }
    return new Verdict(eligible, reasons);
  }
}
