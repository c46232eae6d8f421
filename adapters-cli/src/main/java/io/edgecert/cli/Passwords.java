package io.edgecert.cli;

import io.edgecert.domain.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds the PKCS#12 password: from the file or variable given, else by asking on the console, and
 * only for inputs that look like PKCS#12.
 */
final class Passwords {
  /** Written first by some Windows editors; stripped like the line break. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final InputFiles files;
  private final CliEnvironment environment;

  Passwords(InputFiles files, CliEnvironment environment) {
    this.files = files;
    this.environment = environment;
  }

  /** The password named by the options, or null when none was given. */
  char[] given(PasswordOptions options) {
    if (options == null) {
      return null;
    }
    return options.file != null
        ? files.secret(options.file, PasswordOptions.FILE)
        : fromVariable(options.variable);
  }

  /** The password for one input: a copy of the given one, else the console's for PKCS#12 files. */
  char[] forInput(String name, byte[] content, char[] given) {
    if (given != null) {
      return given.clone();
    }
    if (!Pkcs12.looksLike(content)) {
      return null;
    }
    return environment.prompt().ask("Password for " + name + ": ").orElse(null);
  }

  private char[] fromVariable(String name) {
    String value = environment.variable(name);
    if (value == null) {
      throw new InvalidInputException(
          "edgecert",
          InvalidInputException.Kind.INVALID,
          "environment variable " + name + " is not set");
    }
    return value.toCharArray();
  }

  static char[] firstLine(byte[] bytes) {
    CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
    int start = chars.limit() > 0 && chars.get(0) == BYTE_ORDER_MARK ? 1 : 0;
    int end = start;
    while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
      end++;
    }
    char[] line = Arrays.copyOfRange(chars.array(), start, end);
    Arrays.fill(chars.array(), '\0');
    Arrays.fill(bytes, (byte) 0);
    return line;
  }
}
