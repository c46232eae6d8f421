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

/**
 * Reads the files named on the command line, {@code -} meaning standard input, each through a cap
 * while streaming: {@code /dev/zero}, an endless pipe or a huge sparse file stop at the limit of
 * their kind and are refused (exit 2) naming it, never read into memory.
 */
public final class InputFiles {
  static final String STDIN = "-";

  /** What a file holds, and how much of it is read at most. */
  public enum Kind {
    TOPOLOGY("a topology", 1 << 20, "1 MiB"),
    CERTIFICATE("a certificate or key file", 10 << 20, "10 MiB"),
    SECRET("a password file", 64 << 10, "64 KiB"),
    LIST("a list of file names", 256 << 20, "256 MiB");

    final String what;
    final int limit;
    final String shown;

    Kind(String what, int limit, String shown) {
      this.what = what;
      this.limit = limit;
      this.shown = shown;
    }
  }

  private final InputStream stdin;

  public InputFiles(InputStream stdin) {
    this.stdin = stdin;
  }

  /** The whole content of {@code name}, at most the limit of its kind; else a user mistake. */
  public byte[] read(String name, Kind kind) {
    return read(name, kind, null);
  }

  /**
   * The whole content of {@code name}, given as the value of {@code option} (null for an argument),
   * at most the limit of its kind: the message of a file that cannot be read names the option too
   * ("--trust root.pem: no such file").
   */
  public byte[] read(String name, Kind kind, String option) {
    try {
      byte[] bytes = STDIN.equals(name) ? capped(stdin, kind) : readFile(Path.of(name), kind);
      if (bytes.length > kind.limit) {
        throw unreadable(
            name,
            option,
            "larger than the limit of "
                + kind.shown
                + " ("
                + kind.limit
                + " bytes) for "
                + kind.what);
      }
      return bytes;
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

  private static byte[] readFile(Path path, Kind kind) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return capped(in, kind);
    }
  }

  /** At most one byte past the limit, so that a larger input is known to be too large. */
  private static byte[] capped(InputStream in, Kind kind) throws IOException {
    return in.readNBytes(kind.limit + 1);
  }

  /**
   * The first line of the secret file given as {@code option} (a password or passphrase); an empty
   * file or first line is a mistake, not an empty password. A byte order mark is stripped like the
   * line break, and the bytes read are wiped.
   */
  public char[] secret(String name, String option) {
    byte[] content = read(name, Kind.SECRET, option);
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
    return new TopologySource(displayName(name), read(name, Kind.TOPOLOGY), syntaxOf(name));
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
