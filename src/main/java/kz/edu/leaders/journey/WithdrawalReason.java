package kz.edu.leaders.journey;

/** Why the programme withdrew a candidate, as recorded and as told to them. */
public enum WithdrawalReason {
  NO_RESUBMISSION(
      "Жетіспейтін құжаттар белгіленген мерзімде жіберілмеді",
      "Недостающие документы не были представлены в установленный срок"),
  TEST_NO_SHOW(
      "Тестілеу кезеңінде тест нәтижесі жоқ (тестке қатыспадыңыз)",
      "За период тестирования нет результата теста (вы не явились на тест)"),
  TRAINING_FAILED(
      "Оқу деңгейінің аттестациясы қайта тапсырғаннан кейін де өтпеді",
      "Аттестация уровня обучения не пройдена и после пересдачи"),
  INTERNSHIP_FAILED(
      "Тағылымдама есебі базалық мектептің бағалауынан өтпеді",
      "Отчёт о стажировке не прошёл оценку базовой школы"),
  FINAL_REPORT_MISSING(
      "Рефлексивті есеп белгіленген мерзімде жіберілмеді",
      "Рефлексивный отчёт не был представлен в установленный срок"),
  FINAL_ASSESSMENT_FAILED(
      "Рефлексивті есеп қорытынды бағалаудың шекті балға жетпеді",
      "Рефлексивный отчёт не набрал проходной балл итоговой оценки"),
  INTERVIEW_FAILED(
      "Қорытынды сұхбат комиссиясының шешімі: резервке қабылданбады",
      "Решение комиссии по итоговому собеседованию: не принят(а) в резерв"),
  CANDIDATE_REQUEST(
      "Өз өтінішіңіз бойынша",
      "По вашему заявлению"),
  REMOVED_BY_COORDINATOR(
      "Бағдарлама үйлестірушісінің шешімімен",
      "По решению координатора программы");

  private final String kazakh;
  private final String russian;

  WithdrawalReason(String kazakh, String russian) {
    this.kazakh = kazakh;
    this.russian = russian;
  }

  public String in(String language) {
    return "kk".equals(language) ? kazakh : russian;
  }
}
