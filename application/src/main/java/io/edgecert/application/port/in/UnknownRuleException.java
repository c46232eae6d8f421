package io.edgecert.application.port.in;

import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.ShownText;

/**
 * No rule of the catalogue has the id asked for, nor an id starting with it: a user mistake, which
 * the CLI maps to exit 2 and REST to 404.
 */
public final class UnknownRuleException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient String id;

  public UnknownRuleException(String id) {
    super("rules", Kind.INVALID, "no rule matches '" + ShownText.of(id) + "'");
    this.id = id;
  }

  /** The id or prefix as it was asked for. */
  public String id() {
    return id;
  }

  /** The message without a source: {@code no rule matches 'NOPE-1'}. */
  public String reason() {
    return problems().get(0).message();
  }
}
