package kz.edu.leaders.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;

/**
 * Object variables in {@code application/json}: the options of a form's select, radio or taglist
 * (form-js {@code valuesKey}), and what a taglist submits. Tasklist reads such a variable as JSON and
 * sends a list back in the same format. Only plain JSON (lists, maps, strings, numbers, booleans) is
 * written or read: the stored type name is never used to build an object, so nothing but JSON comes back.
 */
class JsonObjectSerializer extends AbstractObjectValueSerializer {

  static final String FORMAT = "application/json";
  private static final ObjectMapper JSON = new ObjectMapper();

  JsonObjectSerializer() {
    super(FORMAT);
  }

  @Override
  public String getName() {
    return "leaders-json";
  }

  @Override
  protected String getTypeNameForDeserialized(Object deserializedObject) {
    return deserializedObject.getClass().getName();
  }

  @Override
  protected byte[] serializeToByteArray(Object deserializedObject) throws Exception {
    return JSON.writeValueAsBytes(deserializedObject);
  }

  @Override
  protected Object deserializeFromByteArray(byte[] object, String objectTypeName) throws Exception {
    return JSON.readValue(object, Object.class);
  }

  @Override
  protected boolean isSerializationTextBased() {
    return true;
  }

  @Override
  protected boolean canSerializeValue(Object value) {
    return value instanceof Collection<?> || value instanceof Map<?, ?>;
  }
}
