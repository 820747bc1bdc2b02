package kz.edu.leaders.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The system's Chromium driven by Playwright: one browser for the walks, a fresh context (cookies,
 * storage, language) for each person, a screenshot of each step under {@code target/browser/}.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "browser");
  /** What axe checks: WCAG 2.1 A and AA. */
  private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final List<String> BLOCKING = List.of("serious", "critical");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;
  private final String baseUrl;

  Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    // the system's Chromium (Debian's package): Playwright's own browser builds are never downloaded
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"))));
  }

  /** A person's own browser, its first language {@code language} (kk or ru), in Astana's time zone. */
  Page open(String language) {
    BrowserContext context = chromium.newContext(new NewContextOptions()
        .setBaseURL(baseUrl)
        .setLocale(language + "-KZ")
        .setExtraHTTPHeaders(Map.of("Accept-Language", language + "-KZ," + language))
        .setTimezoneId("Asia/Almaty")
        .setViewportSize(1366, 900));
    context.setDefaultTimeout(20_000);
    return context.newPage();
  }

  static void screenshot(Page page, String step) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(step + ".png")).setFullPage(true));
  }

  /**
   * No axe violation of impact serious or critical on the page (or within {@code region}, a CSS
   * selector, when the rest of the page is not ours).
   */
  static void assertAccessible(Page page, String what, String region) {
    AxeBuilder axe = new AxeBuilder(page).withTags(WCAG_21_AA);
    if (region != null) {
      axe.include(List.of(region));
    }
    List<Rule> blocking = axe.analyze().getViolations().stream()
        .filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
    assertThat(blocking).as("serious or critical axe violations on %s:%n%s", what, blocking.stream()
        .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
            .limit(5).map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"))).isEmpty();
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
