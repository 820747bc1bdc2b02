package kz.edu.leaders.testing;

import java.time.LocalDate;

/** The fate of one imported row. */
record RecordedResult(TestImportRow.Outcome outcome, Integer score, LocalDate takenOn, String reason) {

  static RecordedResult refused(String reason) {
    return new RecordedResult(TestImportRow.Outcome.REFUSED, null, null, reason);
  }
}
