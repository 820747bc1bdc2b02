package kz.edu.leaders.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An address the mail job will be able to send to: exactly an address (no display name, no angle
 * brackets), that Jakarta Mail accepts in strict mode, with a dot in the domain. Checked here because a
 * refusal at the mail job only becomes an incident weeks later. Null is left to @NotBlank.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidEmail.Validator.class)
public @interface ValidEmail {

  String message() default "Бұл электрондық пошта мекенжайы емес / Это не адрес электронной почты";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ValidEmail, String> {

    // the addr-spec's local part and domain as people use them: no quoting, no comments, no IP literals
    private static final String ADDRESS = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+";

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      String address = value.trim();
      if (!address.matches(ADDRESS)) {
        return false;
      }
      try {
        InternetAddress parsed = new InternetAddress(address, true);
        parsed.validate();
        return address.equals(parsed.getAddress());
      } catch (AddressException e) {
        return false;
      }
    }
  }
}
