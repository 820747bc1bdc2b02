package kz.edu.leaders.internship;

import java.time.Clock;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStateException;
import kz.edu.leaders.journey.AsTheApplication;
import kz.edu.leaders.application.CandidateReport;
import kz.edu.leaders.region.ProgrammeClock;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The candidate's internship report: accepted once the internship period is over, once. */
@Service
public class InternshipReports {

  static final int MIN_LENGTH = 200;
  static final int MAX_LENGTH = 20_000;

  private final ApplicationRepository applications;
  private final InternshipPlacementRepository placements;
  private final RuntimeService runtimeService;
  private final AsTheApplication asTheApplication;
  private final Clock clock;

  public InternshipReports(ApplicationRepository applications, InternshipPlacementRepository placements,
      RuntimeService runtimeService, AsTheApplication asTheApplication, Clock clock) {
    this.applications = applications;
    this.placements = placements;
    this.runtimeService = runtimeService;
    this.asTheApplication = asTheApplication;
    this.clock = clock;
  }

  @Transactional
  public InternshipPlacement submit(String applicationNumber, String report) {
    Application application = applications.findByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    String text = CandidateReport.text(report, MIN_LENGTH, MAX_LENGTH);
    InternshipPlacement placement = placements.findByApplicationId(application.getId())
        .filter(p -> p.getReleasedAt() == null)
        .orElseThrow(() -> new ApplicationStateException(applicationNumber + " өтінімі бойынша тағылымдама орны жоқ / "
            + "По заявке " + applicationNumber + " нет места стажировки"));
    if (placement.getReportSubmittedAt() != null) {
      String submittedOn = ProgrammeClock.DAY.format(placement.getReportSubmittedAt());
      throw new ApplicationStateException(applicationNumber + " өтінімі бойынша тағылымдама есебі " + submittedOn
          + " тапсырылған / Отчёт о стажировке по заявке " + applicationNumber + " уже сдан " + submittedOn);
    }
    placement.submitReport(text, clock.instant());
    int waiting = asTheApplication.run(() -> runtimeService.createMessageCorrelation(
        Internship.MESSAGE_REPORT_SUBMITTED).processInstanceBusinessKey(applicationNumber)
        .correlateAllWithResult().size());
    if (waiting == 0) {
      throw new ApplicationStateException(applicationNumber + " өтінімі бойынша тағылымдама есебі әлі қабылданбайды: "
          + "ол тағылымдама кезеңі аяқталғаннан кейін қабылданады / Отчёт о стажировке по заявке " + applicationNumber
          + " пока не принимается: его принимают после окончания периода стажировки");
    }
    return placement;
  }
}
