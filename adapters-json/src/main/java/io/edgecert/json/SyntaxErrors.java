package io.edgecert.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.io.CharConversionException;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns a parser's complaint into a MALFORMED input error: line, column and a short reason. */
final class SyntaxErrors {

  private SyntaxErrors() {}

  static InvalidInputException of(String source, String syntax, JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException) {
      MarkedYAMLException yaml = (MarkedYAMLException) e.getCause();
      Mark mark = yaml.getProblemMark();
      String reason = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
      return malformed(
          source, syntax, mark.getLine() + 1, mark.getColumn() + 1, reason + yaml.getProblem());
    }
    Throwable encoding = encodingProblem(e);
    String reason =
        encoding != null ? "not UTF-8 text: " + encoding.getMessage() : e.getOriginalMessage();
    JsonLocation at = e.getLocation();
    return at == null
        ? malformed(source, syntax, 0, 0, reason)
        : malformed(source, syntax, at.getLineNr(), at.getColumnNr(), reason);
  }

  private static Throwable encodingProblem(Throwable e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof CharConversionException)) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static InvalidInputException malformed(
      String source, String syntax, int line, int column, String reason) {
    String where = column > 0 ? " at column " + column : "";
    String message = "not valid " + syntax + where + ": " + clean(reason);
    InputProblem problem = new InputProblem("", Math.max(line, 0), Math.max(column, 0), message);
    return new InvalidInputException(
        source, InvalidInputException.Kind.MALFORMED, List.of(problem));
  }

  /** One line, without the parser's source excerpts, character codes or internal names. */
  static String clean(String reason) {
    String text = reason == null ? "unreadable input" : reason;
    text = text.replaceAll("\\s*\\((?:for|start marker)[^\\[]*\\[Source:[^\\]]*\\]\\)", "");
    text = text.replaceAll(",\\s*from `[^`]*`", "");
    text = text.replaceAll("\\s*\\(code \\d+\\)|, code \\d+|\\s*\\(at char #.*", "");
    text = text.replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
    text = text.replaceAll("(?s)\\s*at \\[Source:.*", "").replaceAll("\\s+", " ").trim();
    return text.isEmpty()
        ? "unreadable input"
        : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
