package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.x509.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command of docs/guide.md runs as the guide shows it, so the guide cannot drift from the
 * product. How the guide is read:
 *
 * <ul>
 *   <li>Commands are the lines starting with {@code $ } in {@code ```sh} blocks, run in document
 *       order from the repository root (the working directory of bootstrap's tests). The lines
 *       under a command, up to the next one, are its output: exactly, except that a line {@code
 *       ...} stands for any number of lines. A command without lines under it is checked for its
 *       exit code only. A trailing {@code # exit N} states the exit code; without it, 0.
 *   <li>{@code ./edgecert ARGS} runs Main's command line in this JVM with Main's injector, its
 *       clock stopped at {@link TestPki#NOW} (2026-01-01T00:00:00Z); its output is standard output
 *       followed by standard error; {@code < FILE} is its standard input.
 *   <li>The files under {@code target/guide/} that the commands read and no command writes come
 *       from the test ({@link GuideFiles}): before the first command, certificates of the test PKI
 *       for docs/examples/s02-single-edge-nat.yaml, its root and passwords; a block opened with
 *       {@code ```LANGUAGE file=PATH} is written to PATH when the guide reaches it; and once the
 *       guide's {@code request} has written its CSR, the test CA issues the certificate from it.
 *   <li>{@code ./edgecert serve} starts the server on a free port instead of 8080 and prints its
 *       line with 8080; each {@code curl} command sends exactly its request ({@link CurlRequest})
 *       to that server, and its output is the response body.
 *   <li>A {@code mvn} command cannot run inside a test: it must be one of README.md's commands or
 *       the command that runs this test.
 * </ul>
 */
class GuideCommandsTest {
  static final String GUIDE = "docs/guide.md";
  static final InProcessCli edgecert = InProcessCli.stoppedAt(TestPki.NOW);
  static final GuideFiles files = new GuideFiles();
  static final GuideServer server = new GuideServer(edgecert);

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @TestFactory
  Stream<DynamicTest> everyCommandOfTheGuide_runsAsShown() {
    files.prepare(Injectors.stoppedAt(TestPki.NOW, Injectors.quiet()));
    List<GuideDocument.Step> steps = GuideDocument.steps(Repository.read(GUIDE).lines().toList());
    assertThat(steps).isNotEmpty();
    return steps.stream().map(GuideCommandsTest::test);
  }

  @Test
  void theGuidesTableOfExamples_listsEveryExample() {
    List<String> listed =
        Repository.read(GUIDE)
            .lines()
            .filter(line -> line.startsWith("| `docs/examples/"))
            .map(line -> line.substring(3, line.indexOf('`', 3)))
            .toList();

    assertThat(listed).isEqualTo(Repository.examples());
  }

  private static DynamicTest test(GuideDocument.Step step) {
    if (step instanceof GuideDocument.FileBlock) {
      GuideDocument.FileBlock file = (GuideDocument.FileBlock) step;
      return DynamicTest.dynamicTest(
          GUIDE + ":" + file.line() + " writes " + file.path(),
          () -> PlannedIssuer.write(Repository.ROOT.resolve(file.path()), utf8(file.content())));
    }
    GuideDocument.Command command = (GuideDocument.Command) step;
    return DynamicTest.dynamicTest(
        GUIDE + ":" + command.line() + " $ " + command.text(), () -> run(command));
  }

  private static void run(GuideDocument.Command command) throws Exception {
    ShellWords shell = ShellWords.parse(command.text());
    List<String> words = shell.words();
    String program = words.get(0);
    if (program.equals("mvn")) {
      assertThat(mavenCommands()).as("the Maven commands the guide may show").contains(words);
      return;
    }
    files.issueRequestedCertificate();
    InProcessCli.Run run = program.equals("curl") ? server.curl(words) : edgecert(words);
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(shell.exitCode());
    List<String> output = (run.out() + run.err()).lines().toList();
    if (!command.output().isEmpty()) {
      assertThat(OutputMatch.matches(command.output(), output))
          .as(
              "the output of $ %s%nshown:%n%s%nactual:%n%s",
              command.text(), String.join("\n", command.output()), String.join("\n", output))
          .isTrue();
    }
  }

  private static InProcessCli.Run edgecert(List<String> words) throws Exception {
    assertThat(words.get(0)).isIn("./edgecert", "edgecert");
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

  /** README.md's commands, and the one that runs this test. */
  private static List<List<String>> mavenCommands() {
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
    for (String line : Repository.read("README.md").lines().toList()) {
      if (line.startsWith("./edgecert ") || line.startsWith("mvn ")) {
        commands.add(ShellWords.parse(line).words());
      }
    }
    return commands;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
