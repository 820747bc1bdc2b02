package kz.edu.leaders.screening;

import java.util.Arrays;
import java.util.Optional;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;

/** What a document reviewer can decide; the value is what the form submits. */
public enum ScreeningOutcome {
  ACCEPTED("accepted", ApplicationStatus.DOCUMENTS_ACCEPTED, Outcome.ACCEPTED),
  REJECTED("rejected", ApplicationStatus.DOCUMENTS_REJECTED, Outcome.REJECTED),
  /** Documents missing: the candidate is asked for them and may resubmit within the cohort's days. */
  INCOMPLETE("incomplete", ApplicationStatus.DOCUMENTS_INCOMPLETE, Outcome.INCOMPLETE);

  private final String value;
  private final ApplicationStatus status;
  private final Outcome recorded;

  ScreeningOutcome(String value, ApplicationStatus status, Outcome recorded) {
    this.value = value;
    this.status = status;
    this.recorded = recorded;
  }

  /** The screening's recorded result. */
  Outcome recorded() {
    return recorded;
  }

  public String value() {
    return value;
  }

  ApplicationStatus status() {
    return status;
  }

  static Optional<ScreeningOutcome> parse(Object value) {
    return Arrays.stream(values()).filter(o -> o.value.equals(value)).findFirst();
  }
}
