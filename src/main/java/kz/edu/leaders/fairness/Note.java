package kz.edu.leaders.fairness;

/** Why a group's figure is shown as it is. */
public enum Note {
  /** The group that the others' rates are compared with. */
  HIGHEST("ең жоғары үлес", "наивысшая доля"),
  BELOW_FOUR_FIFTHS("ең жоғарының 4/5-інен төмен", "ниже 4/5 наивысшей"),
  TOO_FEW_TO_JUDGE("бағалауға аз", "слишком мало для оценки"),
  HIDDEN("аз топ: көрсетілмейді", "малая группа: не показывается"),
  /** Shown, it would let the one hidden group of the split be worked out from the total. */
  HIDDEN_WITH_SMALLER("кіші топты есептеп шығармау үшін жасырылды", "скрыта, чтобы нельзя было вычислить малую группу");

  private final String labelKk;
  private final String labelRu;

  Note(String labelKk, String labelRu) {
    this.labelKk = labelKk;
    this.labelRu = labelRu;
  }

  public String label() {
    return labelKk + " / " + labelRu;
  }
}
