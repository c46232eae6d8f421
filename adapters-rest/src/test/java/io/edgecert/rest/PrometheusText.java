package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scrape in the Prometheus text format 0.0.4, parsed strictly: every line is a comment ({@code #
 * HELP}, {@code # TYPE}) or a sample {@code name{labels} value}; samples are kept by their full
 * series text. Public for the tests of bootstrap.
 */
public final class PrometheusText {
  private static final Pattern SAMPLE =
      Pattern.compile(
          "([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*\\})?)"
              + " (-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)");
  private static final Pattern COMMENT =
      Pattern.compile("# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*");

  private final Map<String, Double> samples = new LinkedHashMap<>();

  private PrometheusText() {}

  public static PrometheusText parse(String text) {
    PrometheusText parsed = new PrometheusText();
    for (String line : text.split("\n")) {
      if (line.startsWith("#")) {
        assertThat(line).as("a comment line").matches(COMMENT);
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      assertThat(sample.matches()).as("a sample line: " + line).isTrue();
      parsed.samples.put(sample.group(1), Double.parseDouble(sample.group(2)));
    }
    return parsed;
  }

  /** The value of the series written exactly so, e.g. {@code x_total{verdict="pass"}}. */
  public double value(String series) {
    assertThat(samples).as("series " + series).containsKey(series);
    return samples.get(series);
  }

  /** True when some series starts with {@code prefix}. */
  public boolean has(String prefix) {
    return samples.keySet().stream().anyMatch(series -> series.startsWith(prefix));
  }
}
