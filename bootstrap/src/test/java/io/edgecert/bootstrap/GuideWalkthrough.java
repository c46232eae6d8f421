package io.edgecert.bootstrap;

import io.edgecert.x509.testing.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs docs/guide.md as a reader does, in this process's working directory: a fresh copy of what a
 * reader has (the guide, README.md and docs/examples), where nothing of target/guide exists yet.
 * Prepares target/guide as the guide's Maven command does, then runs every step in document order
 * and writes one line per step to the file named by its argument: {@code ok LINE} or {@code fail
 * LINE MESSAGE} (the message on one line, {@code \n} for its line breaks). GuideCommandsTest starts
 * it in an empty directory and turns the lines into its tests. How the guide is read is said there.
 */
final class GuideWalkthrough {
  static final String GUIDE = "docs/guide.md";

  /** The Maven command of the guide after which the test CA has issued the guide's request. */
  static final List<String> ISSUE =
      List.of(
          "mvn",
          "-B",
          "-q",
          "-pl",
          "bootstrap",
          "-am",
          "test",
          "-Dtest=GuideCa",
          "-Dsurefire.failIfNoSpecifiedTests=false");

  private final InProcessCli edgecert = InProcessCli.stoppedAt(TestPki.NOW);
  private final GuideFiles files = new GuideFiles();
  private final GuideServer server = new GuideServer(edgecert);

  private GuideWalkthrough() {}

  public static void main(String[] args) throws IOException {
    List<String> results = new ArrayList<>();
    GuideWalkthrough walkthrough = new GuideWalkthrough();
    try {
      walkthrough.files.prepare(Injectors.stoppedAt(TestPki.NOW, Injectors.quiet()));
      for (GuideDocument.Step step : GuideDocument.steps(Repository.read(GUIDE).lines().toList())) {
        results.add(walkthrough.result(step));
      }
    } finally {
      walkthrough.server.stop();
      Files.write(Path.of(args[0]), results, StandardCharsets.UTF_8);
    }
    System.exit(0);
  }

  private String result(GuideDocument.Step step) {
    int line =
        step instanceof GuideDocument.Command
            ? ((GuideDocument.Command) step).line()
            : ((GuideDocument.FileBlock) step).line();
    try {
      run(step);
      return "ok " + line;
    } catch (Exception | AssertionError e) {
      return "fail " + line + " " + String.valueOf(e.getMessage()).replace("\n", "\\n");
    }
  }

  private void run(GuideDocument.Step step) throws Exception {
    if (step instanceof GuideDocument.FileBlock) {
      GuideDocument.FileBlock file = (GuideDocument.FileBlock) step;
      PlannedIssuer.write(
          Repository.ROOT.resolve(file.path()), file.content().getBytes(StandardCharsets.UTF_8));
      return;
    }
    GuideDocument.Command command = (GuideDocument.Command) step;
    ShellWords shell = ShellWords.parse(command.text());
    List<String> words = shell.words();
    if (words.get(0).equals("mvn")) {
      if (words.equals(ISSUE)) {
        files.issueRequestedCertificate();
      } else if (!mavenCommands().contains(words)) {
        throw new AssertionError("a Maven command the guide may not show: " + command.text());
      }
      return;
    }
    InProcessCli.Run run = words.get(0).equals("curl") ? server.curl(words) : edgecert(words);
    List<String> output = (run.out() + run.err()).lines().toList();
    if (run.exitCode() != shell.exitCode()) {
      throw new AssertionError(
          "exit " + run.exitCode() + " instead of " + shell.exitCode() + ":\n" + join(output));
    }
    if (!command.output().isEmpty() && !OutputMatch.matches(command.output(), output)) {
      throw new AssertionError(
          "the output of $ "
              + command.text()
              + "\nshown:\n"
              + join(command.output())
              + "\nactual:\n"
              + join(output));
    }
  }

  private InProcessCli.Run edgecert(List<String> words) throws Exception {
    if (!List.of("./edgecert", "edgecert").contains(words.get(0))) {
      throw new AssertionError("not a command the guide can run: " + words.get(0));
    }
    List<String> args = new ArrayList<>(words.subList(1, words.size()));
    if (!args.isEmpty() && args.get(0).equals("serve")) {
      return server.start(args);
    }
    byte[] stdin = new byte[0];
    int redirect = args.indexOf("<");
    if (redirect >= 0) {
      stdin = ExampleRequests.bytes(Repository.path(args.get(redirect + 1)));
      args.subList(redirect, redirect + 2).clear();
    }
    return edgecert.run(stdin, Map.of(), args);
  }

  /** README.md's commands, the one that prepares the guide's files, and {@link #ISSUE}. */
  static List<List<String>> mavenCommands() {
    List<List<String>> commands = new ArrayList<>();
    commands.add(
        List.of(
            "mvn",
            "-B",
            "-pl",
            "bootstrap",
            "-am",
            "test",
            "-Dtest=GuideCommandsTest",
            "-Dsurefire.failIfNoSpecifiedTests=false"));
    commands.add(ISSUE);
    for (String line : Repository.read("README.md").lines().toList()) {
      if (line.startsWith("./edgecert ") || line.startsWith("mvn ")) {
        commands.add(ShellWords.parse(line).words());
      }
    }
    return commands;
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines);
  }
}
