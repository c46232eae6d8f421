package io.edgecert.cli;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the files named on the command line, {@code -} meaning standard input. */
final class InputFiles {
  static final String STDIN = "-";
  private final InputStream stdin;

  InputFiles(InputStream stdin) {
    this.stdin = stdin;
  }

  /** The whole content of {@code name}; a file that cannot be read is a user mistake. */
  byte[] read(String name) {
    return read(name, null);
  }

  /**
   * The whole content of {@code name}, given as the value of {@code option} (null for an argument):
   * the message of a file that cannot be read names the option too ("--trust root.pem: no such
   * file").
   */
  byte[] read(String name, String option) {
    try {
      return STDIN.equals(name) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
    } catch (NoSuchFileException e) {
      throw unreadable(name, option, "no such file");
    } catch (AccessDeniedException e) {
      throw unreadable(name, option, "permission denied");
    } catch (InvalidPathException e) {
      throw unreadable(name, option, "not a valid file name");
    } catch (IOException e) {
      String why = Files.isDirectory(Path.of(name)) ? "is a directory" : e.getMessage();
      throw unreadable(name, option, why);
    }
  }

  /**
   * The first line of the secret file given as {@code option} (a password or passphrase); an empty
   * file or first line is a mistake, not an empty password.
   */
  char[] secret(String name, String option) {
    byte[] content = read(name, option);
    if (content.length == 0) {
      throw new InvalidInputException(
          option + " " + name,
          InvalidInputException.Kind.INVALID,
          "the file is empty; write the password on its first line");
    }
    char[] line = Passwords.firstLine(content);
    if (line.length == 0) {
      throw new InvalidInputException(
          option + " " + name,
          InvalidInputException.Kind.INVALID,
          "the first line is empty; the password is read from the first line only");
    }
    return line;
  }

  /** A topology source whose syntax follows the file extension, or the content when it has none. */
  TopologySource topology(String name) {
    return new TopologySource(displayName(name), read(name), syntaxOf(name));
  }

  /**
   * The name of an input in messages: {@code <stdin>} for standard input, whose "-" would read as a
   * list bullet ({@code - sipDomains: ...}).
   */
  static String displayName(String name) {
    return STDIN.equals(name) ? "<stdin>" : name;
  }

  static TopologySource.Syntax syntaxOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return TopologySource.Syntax.JSON;
    }
    boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
    return yaml ? TopologySource.Syntax.YAML : TopologySource.Syntax.AUTO;
  }

  static InvalidInputException unreadable(String name, String why) {
    return unreadable(name, null, why);
  }

  private static InvalidInputException unreadable(String name, String option, String why) {
    if (option != null) {
      return new InvalidInputException(
          option + " " + name, InvalidInputException.Kind.MALFORMED, "cannot read it: " + why);
    }
    return new InvalidInputException(
        "edgecert", InvalidInputException.Kind.MALFORMED, "cannot read " + name + ": " + why);
  }
}
