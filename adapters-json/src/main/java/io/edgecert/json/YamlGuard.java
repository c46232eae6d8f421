package io.edgecert.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.edgecert.domain.InputProblem;
import java.io.IOException;
import java.util.List;

/**
 * Keeps YAML to plain data: aliases ({@code *name}) and explicit tags ({@code !!str}, {@code
 * !custom}) are reported as problems, never resolved; a JSON parser passes untouched.
 */
final class YamlGuard {
  private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

  private final YAMLParser yaml;
  private final List<InputProblem> problems;

  YamlGuard(JsonParser parser, List<InputProblem> problems) {
    this.yaml = parser instanceof YAMLParser ? (YAMLParser) parser : null;
    this.problems = problems;
  }

  /** True (and reported) when the current token is an alias, whose value is then ignored. */
  boolean isAlias(String path) throws IOException {
    if (yaml == null || !yaml.isCurrentAlias()) {
      return false;
    }
    report(path, "YAML aliases (*" + yaml.getText() + ") are not supported; write the value out");
    return true;
  }

  /** Reports an explicit tag on the current token. */
  void checkTag(String path) throws IOException {
    String tag = yaml == null ? null : yaml.getTypeId();
    if (tag != null) {
      String shown =
          tag.startsWith(CORE_TAG_PREFIX)
              ? "!!" + tag.substring(CORE_TAG_PREFIX.length())
              : "!" + tag;
      report(path, "YAML tags (" + shown + ") are not supported; write a plain value");
    }
  }

  private void report(String path, String message) {
    JsonLocation at = yaml.currentTokenLocation();
    problems.add(new InputProblem(path, at.getLineNr(), at.getColumnNr(), message));
  }
}
