package io.edgecert.bootstrap;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bearer tokens of {@code --token-file}: one a line, blank lines and {@code #} comments
 * ignored. A token is an RFC 6750 b64token of at least {@value #MIN_LENGTH} characters; messages
 * name the line, never the token.
 */
final class TokenFile {
  static final int MIN_LENGTH = 16;
  private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

  private TokenFile() {}

  static List<String> read(String name, byte[] content) {
    List<String> tokens = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    String[] lines = new String(content, StandardCharsets.UTF_8).split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String problem = problem(line);
      if (problem == null) {
        tokens.add(line);
      } else {
        problems.add(InputProblem.of(problem).onLine(i + 1));
      }
    }
    if (problems.isEmpty() && tokens.isEmpty()) {
      problems.add(InputProblem.of("holds no token; put one token a line"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(name, InvalidInputException.Kind.INVALID, problems);
    }
    return List.copyOf(tokens);
  }

  private static String problem(String token) {
    if (!B64TOKEN.matcher(token).matches()) {
      return "a token may hold only letters, digits and - . _ ~ + / (then = padding)";
    }
    if (token.length() < MIN_LENGTH) {
      return "the token is shorter than "
          + MIN_LENGTH
          + " characters; make one with 'openssl rand -hex 32'";
    }
    return null;
  }
}
