package kz.edu.leaders.journey;

/**
 * What a stage frees or invalidates when a candidate leaves the programme: a mentor's or host school's
 * place, a reserve certificate, an offered post. Each stage registers one such bean; the withdrawal step
 * calls them all, so it names no stage and a new stage adds its own without touching it.
 */
@FunctionalInterface
public interface WithdrawalReaction {

  void candidateWithdrew(long applicationId);
}
