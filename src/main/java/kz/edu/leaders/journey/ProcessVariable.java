package kz.edu.leaders.journey;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable: its name, the type the code works with and the guard that turns what the engine
 * stored into that type (in the spirit of holunda camunda-bpm-data). Each process's holder declares its
 * variables once; steps read and write them through it, so no step casts what {@code getVariable} gives.
 *
 * <p>Whole numbers reach the engine as Integer or Long depending on who wrote them (a JUEL literal is a
 * Long, Java's {@code int} an Integer, forms and REST either), so number variables accept both and
 * store the one type they declare.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final String typeName;
  private final Function<Object, T> guard;
  private final Function<T, Object> stored;

  private ProcessVariable(String name, String typeName, Function<Object, T> guard, Function<T, Object> stored) {
    this.name = name;
    this.typeName = typeName;
    this.guard = guard;
    this.stored = stored;
  }

  /** Stored as a Long (entity ids). */
  public static ProcessVariable<Long> longVariable(String name) {
    return new ProcessVariable<>(name, "whole number", ProcessVariable::wholeNumber, value -> value);
  }

  /** Stored as an Integer (years, counters). */
  public static ProcessVariable<Integer> intVariable(String name) {
    return new ProcessVariable<>(name, "whole number", value -> {
      Long number = wholeNumber(value);
      return number == null || number != number.intValue() ? null : number.intValue();
    }, value -> value);
  }

  public static ProcessVariable<String> stringVariable(String name) {
    return new ProcessVariable<>(name, "text", value -> value instanceof String text ? text : null, value -> value);
  }

  public static ProcessVariable<Boolean> booleanVariable(String name) {
    return new ProcessVariable<>(name, "yes/no", value -> value instanceof Boolean flag ? flag : null, value -> value);
  }

  /** Stored as the constant's name, so histories, forms and DMN read plain text. */
  public static <E extends Enum<E>> ProcessVariable<E> enumVariable(String name, Class<E> type) {
    return new ProcessVariable<>(name, "one of " + Arrays.toString(type.getEnumConstants()), value -> {
      if (value instanceof String text) {
        for (E constant : type.getEnumConstants()) {
          if (constant.name().equals(text)) {
            return constant;
          }
        }
      }
      return null;
    }, Enum::name);
  }

  public String name() {
    return name;
  }

  /** The value the scope (or a scope above it) holds; fails naming the variable when missing or of another type. */
  public T from(VariableScope scope) {
    return valueOf(scope.getVariable(name));
  }

  /** The value on this scope only (an input parameter of the current step). */
  public T fromLocal(VariableScope scope) {
    return valueOf(scope.getVariableLocal(name));
  }

  /** Empty when the variable is absent or null; still fails when it holds another type. */
  public Optional<T> optionalFrom(VariableScope scope) {
    Object value = scope.getVariable(name);
    return value == null ? Optional.empty() : Optional.of(valueOf(value));
  }

  /** For values read outside a step, e.g. through {@code TaskService.getVariable}. */
  public T valueOf(Object value) {
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is missing");
    }
    T typed = guard.apply(value);
    if (typed == null) {
      // the type only, not the value: a log must not carry what a variable may hold of a person
      throw new IllegalStateException("Process variable '" + name + "' should be " + typeName + " but holds "
          + value.getClass().getSimpleName());
    }
    return typed;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value == null ? null : stored.apply(value));
  }

  private static Long wholeNumber(Object value) {
    boolean whole = value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte;
    return whole && value instanceof Number number ? number.longValue() : null;
  }
}
