package kz.edu.leaders.reserve;

import java.util.Date;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.WithdrawalReaction;
import kz.edu.leaders.region.ProgrammeClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The journey's reserve steps: enrolment (the certificate) and expiry; the work is in {@link Reserve}. */
@Configuration
class ReserveSteps {

  static final String CERTIFICATE_NUMBER = "certificateNumber";
  static final String EXPIRES_ON = "reserveExpiresOn";
  /** The expiry timer: the morning after the last day of the term. */
  static final String EXPIRES_AT = "reserveExpiresAt";
  static final String VERIFY_URL = "verifyUrl";

  /** A reservist who leaves no longer holds a valid certificate. */
  @Bean
  WithdrawalReaction invalidateCertificate(Reserve reserve) {
    return reserve::withdraw;
  }

  @Bean
  JavaDelegate enrolInReserve(Reserve reserve, @Value("${leaders.public-url}") String publicUrl) {
    return (DelegateExecution execution) -> {
      ReserveMembership membership = reserve.enrol(CandidateJourney.applicationId(execution));
      execution.setVariable(CERTIFICATE_NUMBER, membership.getCertificateNumber());
      execution.setVariable(EXPIRES_ON, membership.getExpiresOn().toString());
      execution.setVariable(EXPIRES_AT, Date.from(membership.getExpiresOn().plusDays(1)
          .atStartOfDay(ProgrammeClock.ZONE).toInstant()));
      execution.setVariable(VERIFY_URL, publicUrl + "/verify/" + membership.getCertificateNumber());
    };
  }

  @Bean
  JavaDelegate recordReserveExpired(Reserve reserve) {
    return (DelegateExecution execution) -> reserve.expire(CandidateJourney.applicationId(execution));
  }
}
