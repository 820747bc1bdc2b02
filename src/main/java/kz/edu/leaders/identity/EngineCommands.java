package kz.edu.leaders.identity;

import java.lang.reflect.Field;

/** What an engine command was asked to do, read from its fields (the engine offers no getters for them). */
public final class EngineCommands {

  private EngineCommands() {
  }

  /** The named field of this engine version's command; a rename fails loudly rather than letting a request through. */
  @SuppressWarnings("unchecked")
  public static <V> V field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (V) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name
        + ": the engine changed, review the command guards");
  }
}
