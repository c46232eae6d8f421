package io.edgecert.cli;

import java.io.Console;
import java.util.Optional;

/** Asks the person at the terminal for a PKCS#12 password, without echo. */
@FunctionalInterface
public interface PasswordPrompt {

  /** The password typed in; empty when there is no console to ask on or input ended. */
  Optional<char[]> ask(String prompt);

  /** Asks on {@link System#console()}, and only when the process has one. */
  static PasswordPrompt console() {
    return prompt -> {
      Console console = System.console();
      return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
    };
  }

  /** Never asks: for tests and for processes without a terminal. */
  static PasswordPrompt none() {
    return prompt -> Optional.empty();
  }
}
