package kz.edu.leaders.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.Vacancy;
import kz.edu.leaders.appointment.VacancyAppointment;
import kz.edu.leaders.appointment.VacancyOffer;
import kz.edu.leaders.appointment.VacancyOfferRepository;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.document.CandidateDocumentRepository;
import kz.edu.leaders.document.CandidateDocumentView;
import kz.edu.leaders.document.CandidateDocumentViewRepository;
import kz.edu.leaders.internship.InternshipPeriodRepository;
import kz.edu.leaders.internship.InternshipPlacementRepository;
import kz.edu.leaders.interview.InterviewRepository;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.reserve.ReserveMembershipRepository;
import kz.edu.leaders.training.MentorAssignmentRepository;
import kz.edu.leaders.training.MentorRepository;
import org.springframework.stereotype.Component;

/**
 * What the programme's own tables say a decision was, in words the engine's history cannot give: the
 * mentor and the host school chosen (proposed, or chosen against the proposal with the reason), the
 * interview's date, place and commission, the certificate, the posts offered, the documents.
 */
@Component
class ProgrammeRecords {

  private final MentorAssignmentRepository mentorAssignments;
  private final MentorRepository mentors;
  private final InternshipPlacementRepository placements;
  private final InternshipPeriodRepository periods;
  private final InterviewRepository interviews;
  private final ReserveMembershipRepository memberships;
  private final VacancyOfferRepository offers;
  private final VacancyRepository vacancies;
  private final CandidateDocumentRepository documents;
  private final CandidateDocumentViewRepository documentViews;

  ProgrammeRecords(MentorAssignmentRepository mentorAssignments, MentorRepository mentors,
      InternshipPlacementRepository placements, InternshipPeriodRepository periods, InterviewRepository interviews,
      ReserveMembershipRepository memberships, VacancyOfferRepository offers, VacancyRepository vacancies,
      CandidateDocumentRepository documents, CandidateDocumentViewRepository documentViews) {
    this.mentorAssignments = mentorAssignments;
    this.mentors = mentors;
    this.placements = placements;
    this.periods = periods;
    this.interviews = interviews;
    this.memberships = memberships;
    this.offers = offers;
    this.vacancies = vacancies;
    this.documents = documents;
    this.documentViews = documentViews;
  }

  void addTo(List<TrailEvent> trail, long applicationId) {
    addDocuments(trail, applicationId);
    addMentor(trail, applicationId);
    addPlacement(trail, applicationId);
    addInterview(trail, applicationId);
    addCertificate(trail, applicationId);
    offers.findByApplicationIdOrderByOfferedAtAsc(applicationId).forEach(offer -> addOffer(trail, offer));
  }

  private void addMentor(List<TrailEvent> trail, long applicationId) {
    mentorAssignments.findByApplicationId(applicationId).ifPresent(assignment -> {
      String mentor = mentors.findById(assignment.getMentorId())
          .map(m -> m.getFullName() + " (" + m.getOrganisation() + ", " + m.getRegion().displayName() + ")")
          .orElse("№ " + assignment.getMentorId());
      trail.add(new TrailEvent(assignment.getChosenAt(), TrailEvent.Kind.MENTOR, Chapter.TRAINING, null, null, null,
          assignment.getChosenBy(), mentor + ": " + chosen(assignment.isProposed(), assignment.getOverrideReason())));
      if (assignment.getReleasedAt() != null) {
        trail.add(new TrailEvent(assignment.getReleasedAt(), TrailEvent.Kind.MENTOR, Chapter.TRAINING, null, null, null,
            null, mentor + ": босатылды / освобождён(а)"));
      }
    });
  }

  private void addPlacement(List<TrailEvent> trail, long applicationId) {
    placements.findByApplicationId(applicationId).ifPresent(placement -> {
      String where = periods.findById(placement.getPeriodId())
          .map(p -> p.getHostSchool().getName() + ", " + p.getHostSchool().getSettlement() + ", " + p.getStartsOn()
              + " – " + p.getEndsOn())
          .orElse("№ " + placement.getPeriodId());
      trail.add(new TrailEvent(placement.getChosenAt(), TrailEvent.Kind.PLACEMENT, Chapter.INTERNSHIP, null, null, null,
          placement.getChosenBy(), where + ": " + chosen(placement.isProposed(), placement.getOverrideReason())));
      if (placement.getReportSubmittedAt() != null) {
        trail.add(new TrailEvent(placement.getReportSubmittedAt(), TrailEvent.Kind.PLACEMENT, Chapter.INTERNSHIP, null,
            null, null, "candidate", "тағылымдама есебі тапсырылды / отчёт о стажировке сдан"));
      }
      if (placement.getReleasedAt() != null) {
        trail.add(new TrailEvent(placement.getReleasedAt(), TrailEvent.Kind.PLACEMENT, Chapter.INTERNSHIP, null, null,
            null, null, where + ": орын босатылды / место освобождено"));
      }
    });
  }

  private static String chosen(boolean proposed, String overrideReason) {
    return proposed ? "ұсынылғаны таңдалды / выбран(а) из предложенных"
        : "ұсыныстан тыс таңдалды / выбран(а) вне предложенных: " + overrideReason;
  }

  private void addInterview(List<TrailEvent> trail, long applicationId) {
    interviews.findById(applicationId).ifPresent(interview -> trail.add(new TrailEvent(interview.getScheduledAt(),
        TrailEvent.Kind.INTERVIEW, Chapter.INTERVIEW, null, null, null, interview.getScheduledBy(),
        TrailStory.astanaTime(interview.getInterviewAt()) + ", " + interview.getPlace() + "; комиссия: "
            + String.join(", ", interview.members()))));
  }

  private void addCertificate(List<TrailEvent> trail, long applicationId) {
    memberships.findByApplicationId(applicationId).ifPresent(membership -> {
      trail.add(new TrailEvent(startOf(membership.getEnrolledOn()), TrailEvent.Kind.CERTIFICATE, Chapter.RESERVE, null,
          null, null, null, "№ " + membership.getCertificateNumber() + ", " + membership.getEnrolledOn() + " – "
              + membership.getExpiresOn()));
      if (membership.getEndedOn() != null) {
        trail.add(new TrailEvent(startOf(membership.getEndedOn()), TrailEvent.Kind.CERTIFICATE, Chapter.RESERVE, null,
            null, null, null, "№ " + membership.getCertificateNumber() + ": " + membership.getStatus()));
      }
    });
  }

  /** A membership's dates are days in Astana: told at the day's start there. */
  private static Instant startOf(LocalDate day) {
    return day.atTime(LocalTime.MIDNIGHT).atZone(ProgrammeClock.ZONE).toInstant();
  }

  /** Each document uploaded (kind, version, type, size, checksum), and each time a reviewer opened one. */
  private void addDocuments(List<TrailEvent> trail, long applicationId) {
    Map<Long, CandidateDocumentRepository.Info> byId = new HashMap<>();
    for (CandidateDocumentRepository.Info document : documents.infoOf(applicationId)) {
      byId.put(document.id(), document);
      trail.add(new TrailEvent(document.uploadedAt(), TrailEvent.Kind.DOCUMENT, Chapter.SCREENING, null, null, null,
          document.uploadedBy(), describe(document) + " uploaded by " + document.uploadedBy() + " ("
              + document.contentType() + ", " + document.sizeBytes() + " bytes, SHA-256 " + document.sha256() + ")"));
    }
    for (CandidateDocumentView view : documentViews.findByApplicationIdOrderByViewedAtAsc(applicationId)) {
      CandidateDocumentRepository.Info document = byId.get(view.getDocumentId());
      trail.add(new TrailEvent(view.getViewedAt(), TrailEvent.Kind.DOCUMENT, Chapter.SCREENING, null, null, null,
          view.getViewedBy(), (document == null ? "document " + view.getDocumentId() : describe(document))
              + " viewed by " + view.getViewedBy() + " (task " + view.getTaskId() + ")"));
    }
  }

  private static String describe(CandidateDocumentRepository.Info document) {
    return document.kind().slug() + " v" + document.version();
  }

  /** The offer of a post (its vacancy-appointment process is the vacancy's, not the candidate's), and its end. */
  private void addOffer(List<TrailEvent> trail, VacancyOffer offer) {
    Vacancy vacancy = vacancies.findById(offer.getVacancyId()).orElseThrow();
    String post = "vacancy " + vacancy.getId() + " (" + vacancy.getPost() + ", " + vacancy.getSchool().getName()
        + ", " + vacancy.getSchool().getSettlement() + ")";
    trail.add(new TrailEvent(offer.getOfferedAt(), TrailEvent.Kind.OFFER, Chapter.APPOINTMENT,
        VacancyAppointment.PROCESS_KEY, null, null, offer.getOfferedBy(), post + ": offered, answer due "
            + offer.getAnswerDue()));
    if (offer.getAnsweredAt() != null) {
      trail.add(new TrailEvent(offer.getAnsweredAt(), TrailEvent.Kind.OFFER, Chapter.APPOINTMENT,
          VacancyAppointment.PROCESS_KEY, null, null, "candidate", post + ": "
              + (offer.getStatus() == VacancyOffer.Status.DECLINED ? "declined" : "accepted")));
    } else if (offer.getStatus() == VacancyOffer.Status.EXPIRED) {
      trail.add(new TrailEvent(offer.getAnswerDue(), TrailEvent.Kind.OFFER, Chapter.APPOINTMENT,
          VacancyAppointment.PROCESS_KEY, null, null, "system", post + ": no answer by the deadline"));
    }
  }
}
