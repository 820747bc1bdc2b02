package kz.edu.leaders.config;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/** Masks anything shaped like an IIN (12 digits standing alone) in log messages: 8710******27. */
public class IinMaskingConverter extends MessageConverter {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)(\\d{4})\\d{6}(\\d{2})(?!\\d)");

  @Override
  public String convert(ILoggingEvent event) {
    return mask(super.convert(event));
  }

  static String mask(String message) {
    return message == null ? null : TWELVE_DIGITS.matcher(message).replaceAll("$1******$2");
  }
}
