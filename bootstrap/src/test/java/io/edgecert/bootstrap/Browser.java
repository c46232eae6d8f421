package io.edgecert.bootstrap;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by chromedriver (Debian packages {@code chromium} and {@code
 * chromium-driver}). Without them the browser tests are skipped with one line saying so, except
 * under CI ({@code CI=true}), where a missing browser fails the build.
 */
final class Browser implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(60);
  static final Path SCREENSHOTS = Path.of("bootstrap", "target", "screenshots");
  private static final List<String> BINARIES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS =
      List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** A headless browser, or the test is skipped (failed under CI) when none is installed. */
  static Browser startOrSkip() {
    Optional<String> binary = first("EDGECERT_CHROMIUM", BINARIES);
    Optional<String> chromedriver = first("EDGECERT_CHROMEDRIVER", DRIVERS);
    if (binary.isEmpty() || chromedriver.isEmpty()) {
      String message =
          "no Chromium or chromedriver found (apt-get install chromium chromium-driver, or set"
              + " EDGECERT_CHROMIUM and EDGECERT_CHROMEDRIVER)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("Browser tests cannot run: " + message + "; under CI=true that is a failure");
      }
      System.out.println("[WARNING] Browser tests skipped: " + message);
      Assumptions.abort("Browser tests skipped: " + message);
    }
    try {
      Path profile = Files.createTempDirectory("edgecert-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(binary.get());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1366,900",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of(chromedriver.get()).toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(WAIT);
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> first(String variable, List<String> candidates) {
    String named = System.getenv(variable);
    if (named != null && !named.isBlank()) {
      return Optional.of(named).filter(path -> Files.isExecutable(Path.of(path)));
    }
    return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
  }

  <T> T until(Function<WebDriver, T> condition) {
    // The page re-renders as plans arrive (debounced): an element read a moment ago may be gone.
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  WebElement find(String css) {
    return until(d -> d.findElement(By.cssSelector(css)));
  }

  /** Light or dark, as the operating system would ask. */
  void colourScheme(String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** A laptop (1366 px) or a phone (390 px, touch, 3x pixels) viewport. */
  void width(boolean phone) {
    if (phone) {
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    } else {
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 1366, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }
  }

  /** The whole page as PNG under bootstrap/target/screenshots. */
  Path screenshot(String name) {
    Object data =
        driver
            .executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
            .get("data");
    try {
      Files.createDirectories(SCREENSHOTS);
      return Files.write(
          SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) data));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The violations of impact serious or critical that axe-core finds on the page as it is. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> seriousAccessibilityViolations() {
    driver.executeScript(resource("/axe/axe.min.js"));
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious'"
                + " || v.impact === 'critical').map(v => ({id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ': '"
                + " + n.failureSummary)}))))"
                + ".catch(e => done([{id: 'axe-error', help: String(e)}]));");
    return (List<Map<String, Object>>) result;
  }

  private static String resource(String name) {
    try (var in = Browser.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary profile left behind is harmless
    }
  }
}
