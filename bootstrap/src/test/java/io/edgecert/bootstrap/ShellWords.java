package io.edgecert.bootstrap;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line of the guide into words as a POSIX shell would, for the little the guide
 * uses: single and double quotes, backslash escapes, a trailing {@code # comment} and {@code <}.
 * Anything else a shell would interpret (pipes, other redirections, substitutions, globs) is
 * refused, so that no command of the guide means more than the test runs.
 */
record ShellWords(List<String> words, String comment) {
  private static final String REFUSED = "|>;&$`*?";

  static ShellWords parse(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        word = end(words, word);
      } else if (c == '#' && word == null) {
        return new ShellWords(words, line.substring(i + 1).strip());
      } else if (c == '\'' || c == '"') {
        int close = line.indexOf(c, i + 1);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed quote in: " + line);
        }
        word = append(word, line.substring(i + 1, close));
        i = close;
      } else if (c == '\\' && i + 1 < line.length()) {
        word = append(word, String.valueOf(line.charAt(++i)));
      } else if (REFUSED.indexOf(c) >= 0) {
        throw new IllegalArgumentException("the guide test does not run '" + c + "' in: " + line);
      } else {
        word = append(word, String.valueOf(c));
      }
    }
    end(words, word);
    return new ShellWords(words, "");
  }

  /** The exit code the comment states ({@code # exit 1}), 0 when it states none. */
  int exitCode() {
    return comment.matches("exit \\d+") ? Integer.parseInt(comment.substring(5)) : 0;
  }

  private static StringBuilder append(StringBuilder word, String text) {
    return (word == null ? new StringBuilder() : word).append(text);
  }

  private static StringBuilder end(List<String> words, StringBuilder word) {
    if (word != null) {
      words.add(word.toString());
    }
    return null;
  }
}
