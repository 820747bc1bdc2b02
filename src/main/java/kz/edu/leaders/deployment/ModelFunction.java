package kz.edu.leaders.deployment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A method a model may call in an expression, such as {@code ${cohortCalendar.screeningDue(cohortYear)}}
 * for a due date or a timer. Only marked methods are callable (a bean's other methods change data), and
 * only with process variables or literals as arguments; the bean itself becomes reachable from expressions.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ModelFunction {
}
