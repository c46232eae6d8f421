package io.edgecert.acceptance.steps;

import io.cucumber.java.ParameterType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The words the steps take as parameters: names, products, roles, providers and days. */
public final class ParameterTypes {
  private static final String NAME = "[A-Za-z0-9*_.-]+";
  private static final String PROVIDER = "AOL|Yahoo!|Windows Live";
  private static final String LIST_SEPARATOR = ", | and ";

  static final Map<String, String> PRODUCTS =
      Map.of(
          "Lync Server 2013", "lync-2013",
          "Skype for Business Server 2015", "sfb-2015",
          "Skype for Business Server 2019", "sfb-2019");

  static final Map<String, String> ROLES =
      Map.of(
          "external",
          "external",
          "internal",
          "internal",
          "A/V Authentication",
          "av-authentication");

  private static final Map<String, String> PROVIDERS =
      Map.of("AOL", "aol", "Yahoo!", "yahoo", "Windows Live", "windows-live");

  /**
   * Host or domain names: {@code a.com}, {@code a.com and b.com}, {@code a.com, b.com and c.com}.
   */
  @ParameterType(NAME + "(?:(?:" + LIST_SEPARATOR + ")" + NAME + ")*")
  public List<String> names(String text) {
    return List.of(text.split(LIST_SEPARATOR));
  }

  @ParameterType("(?:" + PROVIDER + ")(?:(?:" + LIST_SEPARATOR + ")(?:" + PROVIDER + "))*")
  public List<String> providers(String text) {
    return List.of(text.split(LIST_SEPARATOR)).stream().map(PROVIDERS::get).toList();
  }

  /** A product as the documentation names it; its code in the topology file. */
  @ParameterType("Lync Server 2013|Skype for Business Server 2015|Skype for Business Server 2019")
  public String product(String name) {
    return PRODUCTS.get(name);
  }

  /** A planned certificate's role; its code in edgecert's answers. */
  @ParameterType("external|internal|A/V Authentication")
  public String role(String name) {
    return ROLES.get(name);
  }

  @ParameterType("\\d{4}-\\d{2}-\\d{2}")
  public LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}
