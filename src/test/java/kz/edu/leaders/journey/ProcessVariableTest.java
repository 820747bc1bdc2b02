package kz.edu.leaders.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

class ProcessVariableTest {

  private final VariableScope scope = mock(VariableScope.class);

  @Test
  void aWholeNumberReadsAsTheDeclaredTypeWhicheverWayItWasStored() {
    when(scope.getVariable("applicationId")).thenReturn(42);
    when(scope.getVariable("attempt")).thenReturn(2L);

    assertThat(CandidateJourney.APPLICATION_ID.from(scope)).isEqualTo(42L);
    assertThat(ProcessVariable.intVariable("attempt").from(scope)).isEqualTo(2);
  }

  @Test
  void aMissingOrMistypedVariableIsNamedInTheError() {
    when(scope.getVariable("region")).thenReturn(7);

    assertThatThrownBy(() -> CandidateJourney.APPLICATION_ID.from(scope))
        .hasMessage("Process variable 'applicationId' is missing");
    assertThatThrownBy(() -> ProcessVariable.stringVariable("region").from(scope))
        .hasMessage("Process variable 'region' should be text but holds Integer");
    assertThatThrownBy(() -> ProcessVariable.intVariable("big").valueOf(Long.MAX_VALUE))
        .hasMessageStartingWith("Process variable 'big' should be whole number");
  }

  @Test
  void anAbsentVariableIsEmptyOnlyWhenOptional() {
    assertThat(CandidateJourney.WITHDRAWAL_NOTE.optionalFrom(scope)).isEmpty();

    when(scope.getVariable("withdrawalNote")).thenReturn(true);
    assertThatThrownBy(() -> CandidateJourney.WITHDRAWAL_NOTE.optionalFrom(scope))
        .hasMessageContaining("'withdrawalNote'");
  }

  @Test
  void anEnumIsStoredAndReadAsItsName() {
    CandidateJourney.WITHDRAWAL_REQUESTED.set(scope, WithdrawalReason.CANDIDATE_REQUEST);
    verify(scope).setVariable("withdrawalRequested", "CANDIDATE_REQUEST");

    when(scope.getVariableLocal("withdrawalReason")).thenReturn("TEST_NO_SHOW");
    assertThat(CandidateJourney.WITHDRAWAL_REASON.fromLocal(scope)).isEqualTo(WithdrawalReason.TEST_NO_SHOW);
    when(scope.getVariable("withdrawalRequested")).thenReturn("NO_SUCH_REASON");
    assertThatThrownBy(() -> CandidateJourney.WITHDRAWAL_REQUESTED.from(scope))
        .hasMessageContaining("'withdrawalRequested' should be one of [");
  }

  @Test
  void numbersAreStoredAsTheDeclaredType() {
    CandidateJourney.APPLICATION_ID.set(scope, 5L);
    CandidateJourney.COHORT_YEAR.set(scope, 2026);

    verify(scope).setVariable("applicationId", 5L);
    verify(scope).setVariable("cohortYear", Integer.valueOf(2026));
  }
}
