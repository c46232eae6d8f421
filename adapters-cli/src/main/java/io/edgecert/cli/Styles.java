package io.edgecert.cli;

import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Styles terminal output when colour is on, and leaves it plain otherwise. The text is never read
 * as picocli markup, so file names and messages show as they are.
 */
final class Styles {
  private final Ansi ansi;

  Styles(Ansi ansi) {
    this.ansi = ansi;
  }

  /** {@code text} in the given styles, then back to normal. */
  String apply(String text, Style... styles) {
    return ansi.enabled() ? Style.on(styles) + text + Style.on(Style.reset) : text;
  }
}
