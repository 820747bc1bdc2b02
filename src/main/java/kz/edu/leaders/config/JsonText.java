package kz.edu.leaders.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.text.Normalizer;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every text of every JSON request body: refused when it holds a control character (a NUL stored in a
 * name breaks the PDF, the mail and the CSV later), and stored in Unicode's composed form (NFC), so that
 * «й» typed as «и» and a combining breve is the letter our name rules and searches know.
 */
@Configuration
public class JsonText {

  /** A text refused; {@link ApiErrorHandler} names the field from the path Jackson adds on the way out. */
  public static class Refused extends JsonMappingException {

    Refused(JsonParser parser, String message) {
      super(parser, message);
    }
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer checkedText() {
    return builder -> builder.deserializerByType(String.class, new Deserializer(false));
  }

  static final class Deserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

    private final boolean freeText;

    Deserializer(boolean freeText) {
      super(String.class);
      this.freeText = freeText;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
      boolean free = property != null && property.getAnnotation(FreeText.class) != null;
      return free == freeText ? this : new Deserializer(free);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String value = StringDeserializer.instance.deserialize(parser, context);
      if (value == null) {
        return null;
      }
      if (Text.hasControlCharacter(value, freeText)) {
        throw new Refused(parser, freeText
            ? "Мәтінде табуляция мен жол ауыстырудан басқа басқару таңбалары болмауы керек / "
                + "Текст не должен содержать управляющих символов, кроме табуляции и переноса строки"
            : "Мәнде басқару таңбалары (жол ауыстыру, табуляция, NUL) болмауы керек / "
                + "Значение не должно содержать управляющих символов (перенос строки, табуляция, NUL)");
      }
      return Normalizer.normalize(value, Normalizer.Form.NFC);
    }
  }
}
