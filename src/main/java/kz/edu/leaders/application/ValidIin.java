package kz.edu.leaders.application;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/**
 * An applicant's IIN: 12 digits, a real birth date of someone of working age today (Astana, the engine's
 * clock) and a matching check digit. Null is left to @NotBlank.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidIin.Validator.class)
public @interface ValidIin {

  String message() default "Бұл жарамды ЖСН емес / Это недействительный ИИН";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ValidIin, String> {

    private final Clock clock;

    /** Built by Spring's validator factory, which injects the platform's clock. */
    public Validator(Clock clock) {
      this.clock = clock;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      return Iin.problemOn(value, LocalDate.now(clock)).map(problem -> {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
      }).orElse(true);
    }
  }
}
