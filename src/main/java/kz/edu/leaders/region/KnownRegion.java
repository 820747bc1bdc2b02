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

  String message() default "is not one of the 17 regions or 3 cities (e.g. TURKISTAN, TUR or turkistan)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<KnownRegion, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || Region.parse(value).isPresent();
    }
  }
}
