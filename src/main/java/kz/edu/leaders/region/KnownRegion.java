package kz.edu.leaders.region;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One of the 17 regions or 3 cities, by name, code or slug. Null is left to @NotBlank. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownRegion.Validator.class)
public @interface KnownRegion {

  String message() default "17 облыстың немесе 3 қаланың бірі емес (мысалы, TURKISTAN, TUR немесе turkistan) / Не одна из 17 областей и 3 городов (например, TURKISTAN, TUR или turkistan)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<KnownRegion, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || Region.parse(value).isPresent();
    }
  }
}
