package io.edgecert.cli;

import io.edgecert.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds the passphrases of request and bundle: from a file's first line or an environment variable,
 * else typed on the console (twice for a new one); without a console, the message names the
 * options.
 */
final class Passphrases {
  private final InputFiles files;
  private final CliEnvironment environment;

  Passphrases(InputFiles files, CliEnvironment environment) {
    this.files = files;
    this.environment = environment;
  }

  /**
   * The passphrase in {@code file} (given as {@code fileOption}) or {@code variable}; null when
   * neither is given.
   */
  char[] given(String fileOption, String file, String variable) {
    if (file != null) {
      return files.secret(file, fileOption);
    }
    if (variable == null) {
      return null;
    }
    String value = environment.variable(variable);
    if (value == null) {
      throw invalid("environment variable " + variable + " is not set");
    }
    return value.toCharArray();
  }

  /** A passphrase that protects something new: typed twice when none is given. */
  char[] fresh(char[] given, String what, String options) {
    if (given != null) {
      return nonEmpty(given, what);
    }
    char[] first = ask("New " + what + ": ", what, options);
    char[] second = ask("Repeat the " + what + ": ", what, options);
    boolean same = Arrays.equals(first, second);
    wipe(second);
    if (!same) {
      wipe(first);
      throw invalid("the two " + what + "s typed do not match; nothing was written");
    }
    return nonEmpty(first, what);
  }

  /** A passphrase that opens something existing: typed once when none is given. */
  char[] existing(char[] given, String what, String options) {
    return given != null ? given : ask(what + ": ", what, options);
  }

  private char[] ask(String prompt, String what, String options) {
    Optional<char[]> typed = environment.prompt().ask(prompt);
    return typed.orElseThrow(
        () -> invalid("no " + what + " and no terminal to ask for it on: give " + options));
  }

  private static char[] nonEmpty(char[] passphrase, String what) {
    if (passphrase.length == 0) {
      throw invalid("the " + what + " must not be empty");
    }
    return passphrase;
  }

  static void wipe(char[] secret) {
    if (secret != null) {
      Arrays.fill(secret, '\0');
    }
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException("edgecert", InvalidInputException.Kind.INVALID, message);
  }
}
