package io.edgecert.bootstrap;

import java.util.ArrayList;
import java.util.List;

/**
 * docs/guide.md read as the test reads it: every {@code ```sh} block is a list of commands, each a
 * line starting with {@code $ } followed by the output it shows (if any); a block opened with
 * {@code ```LANGUAGE file=PATH} is the content of a file the commands use.
 */
final class GuideDocument {
  /** One step of the guide, in document order. */
  sealed interface Step permits Command, FileBlock {}

  /** A command, the output shown under it (maybe none) and the line it is on. */
  record Command(int line, String text, List<String> output) implements Step {}

  /** A file the guide shows and its later commands read. */
  record FileBlock(int line, String path, String content) implements Step {}

  private GuideDocument() {}

  static List<Step> steps(List<String> lines) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("```") || line.equals("```")) {
        continue;
      }
      int end = closing(lines, i);
      List<String> body = lines.subList(i + 1, end);
      String info = line.substring(3).strip();
      if (info.equals("sh")) {
        steps.addAll(commands(i + 2, body));
      } else if (info.contains(" file=")) {
        String path = info.substring(info.indexOf(" file=") + 6).strip();
        steps.add(new FileBlock(i + 1, path, String.join("\n", body) + "\n"));
      }
      i = end;
    }
    return steps;
  }

  private static List<Command> commands(int firstLine, List<String> body) {
    List<Command> commands = new ArrayList<>();
    for (int j = 0; j < body.size(); j++) {
      if (!body.get(j).startsWith("$ ")) {
        throw new IllegalStateException(
            "guide.md:" + (firstLine + j) + ": a sh block lists commands, each starting with $ ");
      }
      int next = j + 1;
      while (next < body.size() && !body.get(next).startsWith("$ ")) {
        next++;
      }
      commands.add(
          new Command(
              firstLine + j, body.get(j).substring(2), List.copyOf(body.subList(j + 1, next))));
      j = next - 1;
    }
    return commands;
  }

  private static int closing(List<String> lines, int open) {
    for (int i = open + 1; i < lines.size(); i++) {
      if (lines.get(i).equals("```")) {
        return i;
      }
    }
    throw new IllegalStateException("guide.md:" + (open + 1) + ": the block is never closed");
  }
}
