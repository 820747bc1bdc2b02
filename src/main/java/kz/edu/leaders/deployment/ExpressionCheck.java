package kz.edu.leaders.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.edu.leaders.deployment.Refusal.Reason;

/**
 * The expressions a model may hold: a named step ({@code ${recordScreeningDecision}}), a model function
 * called with process variables or literals ({@code ${cohortCalendar.screeningDue(cohortYear)}}), a plain
 * comparison or negation of process variables ({@code ${levelOutcome == 'RETAKE'}}, {@code ${!eligible}}),
 * and the engine idioms the models need: a due date from {@code dateTime().plusDays(n).toDate()},
 * {@code execution.processBusinessKey} and a literal {@code execution.setVariable('name', false)}.
 * JUEL can call any method of any object it reaches, so everything else is refused: above all other
 * methods of {@code execution} and {@code task}, which lead to the engine's services.
 */
final class ExpressionCheck {

  private static final Pattern EXPRESSION_START = Pattern.compile("[$#]\\{");
  private static final Pattern TOKEN = Pattern.compile("\\s*(?:(?<name>[A-Za-z_][A-Za-z0-9_]*)"
      + "|(?<number>\\d+(?:\\.\\d+)?)|(?<string>'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")"
      + "|(?<symbol>==|!=|<=|>=|&&|\\|\\||[<>!().,]))");
  private static final Pattern INTEGER = Pattern.compile("\\d+");
  private static final Pattern DATE_ARITHMETIC = Pattern.compile("(plus|minus)(Minutes|Hours|Days|Weeks|Months|Years)");
  private static final Pattern SINGLE_NAME = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
  /** What the engine itself puts into an expression's scope; each leads to the engine's services. */
  private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution", "externalTask",
      "variableContext");
  private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", ">", "<=", ">=", "eq", "ne", "lt", "gt",
      "le", "ge");
  private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");
  private static final Set<String> RESERVED_WORDS = Set.of("and", "or", "not", "empty", "eq", "ne", "lt", "gt", "le",
      "ge", "true", "false", "null", "instanceof", "div", "mod");

  private static final Reason UNSUPPORTED = new Reason(
      "is neither a named step nor a plain comparison or negation of process variables",
      "не является ни именованным шагом, ни простым сравнением или отрицанием переменных процесса");
  private static final Reason REACHES_ENGINE = new Reason(
      "reaches the engine's services; of execution and task only execution.processBusinessKey and "
          + "setVariable('name', literal) may be used",
      "обращается к службам движка; из execution и task допускаются только execution.processBusinessKey и "
          + "setVariable('имя', значение)");

  private static Reason notAFunction(String call) {
    return new Reason("calls " + call + ", which is not a named step or model function of the platform",
        "вызывает " + call + " — это не именованный шаг и не функция модели платформы");
  }

  private final NamedSteps steps;

  ExpressionCheck(NamedSteps steps) {
    this.steps = steps;
  }

  /** A delegate expression names exactly one named step. */
  Optional<Refusal> checkDelegate(String elementId, String text) {
    Matcher single = SINGLE_NAME.matcher(text.trim());
    if (single.matches() && steps.isStep(single.group(1))) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(elementId, "delegate expression " + text,
        new Reason("is not one of the platform's named steps", "не является именованным шагом платформы")));
  }

  /** Every {@code ${...}} and {@code #{...}} in an attribute or text; the first one refused. */
  Optional<Refusal> check(String elementId, String text) {
    Matcher start = EXPRESSION_START.matcher(text);
    int from = 0;
    while (start.find(from)) {
      int end = closingBrace(text, start.end());
      String expression = text.substring(start.start(), end < 0 ? text.length() : end + 1);
      Optional<Reason> why = end < 0 ? Optional.of(UNSUPPORTED)
          : new Parser(expression.substring(2, end - start.start())).why();
      if (why.isPresent()) {
        return Optional.of(new Refusal(elementId, "expression " + expression, why.get()));
      }
      from = end + 1;
    }
    return Optional.empty();
  }

  /** The brace that closes the expression opened before {@code from}, outside string literals; -1 if none. */
  private static int closingBrace(String text, int from) {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0 && c == '\\') {
        i++;
      } else if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '}') {
        return i;
      }
    }
    return -1;
  }

  private enum Kind { NAME, NUMBER, STRING, SYMBOL, END }

  private record Token(Kind kind, String text) {

    boolean is(String... texts) {
      return isAny(Set.of(texts));
    }

    boolean isAny(Set<String> texts) {
      return (kind == Kind.NAME || kind == Kind.SYMBOL) && texts.contains(text);
    }

    boolean isLiteral() {
      return kind == Kind.NUMBER || kind == Kind.STRING || kind == Kind.NAME && LITERAL_WORDS.contains(text);
    }

    boolean isVariable() {
      return kind == Kind.NAME && !RESERVED_WORDS.contains(text) && !ENGINE_OBJECTS.contains(text);
    }
  }

  /** One link of a reference: {@code calendar}, {@code .screeningDue(cohortYear)}; arguments null for a property. */
  private record Link(String name, List<Token> arguments) {

    boolean isCall() {
      return arguments != null;
    }

    @Override
    public String toString() {
      return isCall() ? name + arguments.stream().map(Token::text).collect(Collectors.joining(", ", "(", ")")) : name;
    }
  }

  /** Refused with a reason, unwinding the parser. */
  private static final class Refused extends RuntimeException {

    private final Reason why;

    Refused(Reason why) {
      super(null, null, false, false);
      this.why = why;
    }
  }

  /**
   * Recursive descent over the allowed grammar: {@code or := and (('||'|'or') and)*},
   * {@code and := comparison (('&&'|'and') comparison)*}, {@code comparison := unary (op unary)?},
   * {@code unary := ('!'|'not'|'empty') unary | literal | '(' or ')' | reference}.
   */
  private final class Parser {

    private final List<Token> tokens = new ArrayList<>();
    private int next;

    Parser(String body) {
      Matcher token = TOKEN.matcher(body);
      int at = 0;
      while (at < body.length() && token.find(at) && token.start() == at) {
        tokens.add(token.group("name") != null ? new Token(Kind.NAME, token.group("name"))
            : token.group("number") != null ? new Token(Kind.NUMBER, token.group("number"))
            : token.group("string") != null ? new Token(Kind.STRING, token.group("string"))
            : new Token(Kind.SYMBOL, token.group("symbol")));
        at = token.end();
      }
      // an unknown character (arithmetic, brackets, a function prefix) ends the tokens early
      tokens.add(new Token(body.substring(at).isBlank() ? Kind.END : Kind.SYMBOL, body.substring(at).trim()));
    }

    Optional<Reason> why() {
      try {
        disjunction();
        expect(Kind.END);
        return Optional.empty();
      } catch (Refused refused) {
        return Optional.of(refused.why);
      }
    }

    private void disjunction() {
      conjunction();
      while (peek().is("||", "or")) {
        next++;
        conjunction();
      }
    }

    private void conjunction() {
      comparison();
      while (peek().is("&&", "and")) {
        next++;
        comparison();
      }
    }

    private void comparison() {
      unary();
      if (peek().isAny(COMPARISONS)) {
        next++;
        unary();
      }
    }

    private void unary() {
      Token token = tokens.get(next++);
      if (token.is("!", "not", "empty")) {
        unary();
      } else if (token.is("(")) {
        disjunction();
        expectSymbol(")");
      } else if (token.kind() == Kind.NAME && !RESERVED_WORDS.contains(token.text())) {
        reference(token.text());
      } else if (!token.isLiteral()) {
        throw new Refused(UNSUPPORTED);
      }
    }

    private void reference(String root) {
      List<Link> links = new ArrayList<>();
      links.add(new Link(root, peek().is("(") ? arguments() : null));
      while (peek().is(".")) {
        next++;
        String member = expect(Kind.NAME).text();
        links.add(new Link(member, peek().is("(") ? arguments() : null));
      }
      judge(links);
    }

    private List<Token> arguments() {
      expectSymbol("(");
      List<Token> arguments = new ArrayList<>();
      while (!peek().is(")")) {
        Token argument = tokens.get(next++);
        if (!argument.isLiteral() && !argument.isVariable()) {
          throw new Refused(ENGINE_OBJECTS.contains(argument.text()) ? REACHES_ENGINE : UNSUPPORTED);
        }
        arguments.add(argument);
        if (!peek().is(")")) {
          expectSymbol(",");
        }
      }
      next++;
      return arguments;
    }

    private void judge(List<Link> links) {
      Link root = links.get(0);
      boolean engineObject = ENGINE_OBJECTS.contains(root.name());
      if (links.size() == 1 && !root.isCall() && !engineObject
          || engineObject && (isBusinessKey(links) || isLiteralSetVariable(links))
          || isDueDate(links)
          || isModelFunction(links)) {
        return;
      }
      throw new Refused(engineObject ? REACHES_ENGINE : notAFunction(
          links.stream().map(Link::toString).collect(Collectors.joining("."))));
    }

    private Token peek() {
      return tokens.get(Math.min(next, tokens.size() - 1));
    }

    private Token expect(Kind kind) {
      Token token = peek();
      if (token.kind() != kind) {
        throw new Refused(UNSUPPORTED);
      }
      next++;
      return token;
    }

    private void expectSymbol(String symbol) {
      if (!expect(Kind.SYMBOL).text().equals(symbol)) {
        throw new Refused(UNSUPPORTED);
      }
    }
  }

  private static boolean isBusinessKey(List<Link> links) {
    return links.size() == 2 && links.get(0).name().equals("execution") && !links.get(0).isCall()
        && links.get(1).name().equals("processBusinessKey") && !links.get(1).isCall();
  }

  private static boolean isLiteralSetVariable(List<Link> links) {
    if (links.size() != 2 || links.get(0).isCall() || !Set.of("execution", "task").contains(links.get(0).name())
        || !links.get(1).name().equals("setVariable") || !links.get(1).isCall()) {
      return false;
    }
    List<Token> arguments = links.get(1).arguments();
    return arguments.size() == 2 && arguments.get(0).kind() == Kind.STRING && arguments.get(1).isLiteral();
  }

  /** {@code now()}, or {@code dateTime()} moved by whole units and turned into a date. */
  private static boolean isDueDate(List<Link> links) {
    Link first = links.get(0);
    if (!first.isCall() || !first.arguments().isEmpty()) {
      return false;
    }
    if (first.name().equals("now")) {
      return links.size() == 1;
    }
    Link last = links.get(links.size() - 1);
    return first.name().equals("dateTime") && links.size() >= 2
        && last.name().equals("toDate") && last.isCall() && last.arguments().isEmpty()
        && links.subList(1, links.size() - 1).stream().allMatch(link -> DATE_ARITHMETIC.matcher(link.name()).matches()
            && link.isCall() && link.arguments().size() == 1
            && INTEGER.matcher(link.arguments().get(0).text()).matches());
  }

  private boolean isModelFunction(List<Link> links) {
    return links.size() == 2 && !links.get(0).isCall() && links.get(1).isCall()
        && steps.isFunction(links.get(0).name(), links.get(1).name(), links.get(1).arguments().size());
  }
}
