package kz.edu.leaders.deployment;

/** One refused construct as the process owner reads it: the element, the construct, and why. */
public record Refusal(String elementId, String construct, Reason reason) {

  /** Why, in English and in Russian. */
  public record Reason(String english, String russian) {
  }

  @Override
  public String toString() {
    return elementId + ": " + construct + " — " + reason.english() + " / " + reason.russian();
  }
}
