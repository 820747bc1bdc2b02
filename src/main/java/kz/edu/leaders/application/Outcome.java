package kz.edu.leaders.application;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edu.leaders.journey.WithdrawalReason;

/**
 * What was decided about a candidate at a stage (column stage_result.outcome), stored as it always
 * was: by name, a data correction by the field it changed. Which stage records which is {@link Stage}'s.
 * A new outcome is one line here and its name in its stage's list.
 */
public enum Outcome {
  ELIGIBLE, INELIGIBLE,
  /** The reviewers' decision on the documents. */
  ACCEPTED, REJECTED, INCOMPLETE,
  /** A score against a pass mark: the test, each training level, the internship, the final assessment. */
  PASSED, RETAKE, FAILED,
  ADMITTED, NOT_ADMITTED,
  /** Training as a whole. */
  COMPLETED,
  SIGNED_OFF,
  /** The two expert scores of the reflective report: close enough, or sent to arbitration. */
  AGREED, ARBITRATION,
  CONFIRMED, FLAGGED,
  /** The commission's computed outcome; the chair confirms it or overrides it with a reason. */
  ADMIT, REJECT, ADMIT_OVERRIDE, REJECT_OVERRIDE,
  ENROLLED, EXPIRED,
  /** Appointed to the post, or the offer released. */
  DIRECTOR, DEPUTY_DIRECTOR, RELEASED,
  /** Why the journey ended early (a {@link WithdrawalReason}). */
  NO_RESUBMISSION, TEST_NO_SHOW, TRAINING_FAILED, INTERNSHIP_FAILED, FINAL_REPORT_MISSING, FINAL_ASSESSMENT_FAILED,
  INTERVIEW_FAILED, CANDIDATE_REQUEST, REMOVED_BY_COORDINATOR,
  /** The field an administrator corrected, recorded under its name in the application form. */
  CORRECTED_IIN("iin"), CORRECTED_LAST_NAME("lastName"), CORRECTED_FIRST_NAME("firstName"),
  CORRECTED_MIDDLE_NAME("middleName"), CORRECTED_EMAIL("email"), CORRECTED_PHONE("phone"),
  CORRECTED_ORGANISATION_NAME("organisationName"), CORRECTED_PREFERRED_LANGUAGE("preferredLanguage"),
  PERSONAL_DATA_REMOVED,
  /** An appeal lodged, decided (upheld or overturned), and the journey resumed after an overturn. */
  LODGED, UPHELD, OVERTURNED, JOURNEY_RESUMED;

  private static final Map<String, Outcome> BY_STORED = Arrays.stream(values())
      .collect(Collectors.toMap(Outcome::stored, Function.identity()));

  private final String stored;

  Outcome() {
    this.stored = name();
  }

  Outcome(String stored) {
    this.stored = stored;
  }

  /** As the column, the trail, the exports and the reports' CSV show it. */
  @JsonValue
  public String stored() {
    return stored;
  }

  @Override
  public String toString() {
    return stored;
  }

  /** The outcome stored as {@code value}. */
  public static Outcome ofStored(String value) {
    return parse(value).orElseThrow(() -> new IllegalArgumentException("No outcome is stored as " + value));
  }

  public static Optional<Outcome> parse(String value) {
    return Optional.ofNullable(BY_STORED.get(value));
  }

  /** Every withdrawal reason is an outcome of its own: the switch does not compile when one is missing. */
  public static Outcome withdrawn(WithdrawalReason reason) {
    return switch (reason) {
      case NO_RESUBMISSION -> NO_RESUBMISSION;
      case TEST_NO_SHOW -> TEST_NO_SHOW;
      case TRAINING_FAILED -> TRAINING_FAILED;
      case INTERNSHIP_FAILED -> INTERNSHIP_FAILED;
      case FINAL_REPORT_MISSING -> FINAL_REPORT_MISSING;
      case FINAL_ASSESSMENT_FAILED -> FINAL_ASSESSMENT_FAILED;
      case INTERVIEW_FAILED -> INTERVIEW_FAILED;
      case CANDIDATE_REQUEST -> CANDIDATE_REQUEST;
      case REMOVED_BY_COORDINATOR -> REMOVED_BY_COORDINATOR;
    };
  }

  /** The column's text, both ways. */
  @Converter
  public static class Column implements AttributeConverter<Outcome, String> {

    @Override
    public String convertToDatabaseColumn(Outcome outcome) {
      return outcome == null ? null : outcome.stored();
    }

    @Override
    public Outcome convertToEntityAttribute(String value) {
      return value == null ? null : ofStored(value);
    }
  }
}
