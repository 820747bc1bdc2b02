package kz.edu.leaders.placement;

import kz.edu.leaders.config.FieldRefused;

/**
 * The rule of a coordinator's choice among proposals (a mentor, an internship period): a choice
 * outside the proposals says why.
 */
public final class CoordinatorChoice {

  static final int MIN_REASON_LENGTH = 10;
  static final int MAX_REASON_LENGTH = 2000;
  public static final String OVERRIDE_REASON = "overrideReason";

  private CoordinatorChoice() {
  }

  /**
   * @return the reason to record: none for a proposal, the trimmed reason for an override
   * @throws FieldRefused when an override has no reason, or too long a one
   */
  public static String overrideReason(boolean proposed, String overrideReason) {
    String reason = overrideReason == null ? "" : overrideReason.trim();
    if (reason.length() > MAX_REASON_LENGTH) {
      throw new FieldRefused(OVERRIDE_REASON,
          "Себебі тым ұзын (ең көбі " + MAX_REASON_LENGTH + " таңба) / Причина слишком длинная (не более "
              + MAX_REASON_LENGTH + " символов)");
    }
    if (!proposed && reason.length() < MIN_REASON_LENGTH) {
      throw new FieldRefused(OVERRIDE_REASON, "Ұсынылғандардан тыс таңдаудың себебін жазыңыз (кемінде "
          + MIN_REASON_LENGTH + " таңба) / Напишите, почему выбор не из предложенных (не менее " + MIN_REASON_LENGTH
          + " символов)");
    }
    return proposed ? null : reason;
  }
}
