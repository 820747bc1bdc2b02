package kz.edu.leaders.screening;

import java.util.Arrays;
import java.util.Optional;
import kz.edu.leaders.application.ApplicationStatus;

/** What a document reviewer can decide; the value is what the form submits. */
public enum ScreeningOutcome {
  ACCEPTED("accepted", ApplicationStatus.DOCUMENTS_ACCEPTED),
  REJECTED("rejected", ApplicationStatus.DOCUMENTS_REJECTED),
  /** Documents missing: the candidate is asked for them and may resubmit within the cohort's days. */
  INCOMPLETE("incomplete", ApplicationStatus.DOCUMENTS_INCOMPLETE);

  private final String value;
  private final ApplicationStatus status;

  ScreeningOutcome(String value, ApplicationStatus status) {
    this.value = value;
    this.status = status;
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
