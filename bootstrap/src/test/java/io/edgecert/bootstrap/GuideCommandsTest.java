package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.x509.testing.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of docs/guide.md runs as the guide shows it, so the guide cannot drift from the
 * product. How the guide is read:
 *
 * <ul>
 *   <li>The guide runs from a clean directory, as a reader's: {@link GuideWalkthrough}, in a JVM of
 *       its own, in an empty directory that holds only what a reader has (docs/guide.md,
 *       docs/examples and README.md); each step of the guide is one test here. The repository's own
 *       target/guide is left as a reader starts from: the prepared files, nothing the guide's
 *       commands write.
 *   <li>Commands are the lines starting with {@code $ } in {@code ```sh} blocks, run in document
 *       order from that directory. The lines under a command, up to the next one, are its output:
 *       exactly, except that a line {@code ...} stands for any number of lines. A command without
 *       lines under it is checked for its exit code only. A trailing {@code # exit N} states the
 *       exit code; without it, 0.
 *   <li>{@code ./edgecert ARGS} runs Main's command line in the walkthrough's JVM with Main's
 *       injector, its clock stopped at {@link TestPki#NOW} (2026-01-01T00:00:00Z); its output is
 *       standard output followed by standard error; {@code < FILE} is its standard input.
 *   <li>The files under {@code target/guide/} that the commands read and no command writes come
 *       from the test ({@link GuideFiles}): before the first command, certificates of the test PKI
 *       for docs/examples/s02-single-edge-nat.yaml, its root and passwords; a block opened with
 *       {@code ```LANGUAGE file=PATH} is written to PATH when the guide reaches it; and the guide's
 *       {@code mvn ... -Dtest=GuideCa} has the test CA issue the certificate that the guide's
 *       {@code request} asked for ({@link GuideCa}).
 *   <li>{@code ./edgecert serve} starts the server on a free port instead of 8080 and prints its
 *       line with 8080; each {@code curl} command sends exactly its request ({@link CurlRequest})
 *       to that server, and its output is the response body.
 *   <li>A {@code mvn} command cannot run inside a test: it must be one of README.md's commands, the
 *       command that runs this test or {@link GuideWalkthrough#ISSUE}.
 * </ul>
 */
class GuideCommandsTest {
  private static final Duration LIMIT = Duration.ofMinutes(10);
  @TempDir static Path reader;

  @TestFactory
  Stream<DynamicTest> everyCommandOfTheGuide_runsAsShownFromACleanDirectory() throws Exception {
    new GuideFiles().prepare(Injectors.stoppedAt(TestPki.NOW, Injectors.quiet()));
    copy("docs/guide.md");
    copy("README.md");
    for (String example : Repository.examples()) {
      copy(example);
    }
    Path results = reader.resolve("results.txt");
    Process walkthrough =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath(),
                GuideWalkthrough.class.getName(),
                results.toString())
            .directory(reader.toFile())
            .redirectErrorStream(true)
            .redirectOutput(reader.resolve("walkthrough.log").toFile())
            .start();
    walkthrough.getOutputStream().close();
    if (!walkthrough.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
      walkthrough.destroyForcibly();
      throw new AssertionError("the guide's walkthrough did not end within " + LIMIT);
    }
    String log = Files.readString(reader.resolve("walkthrough.log"), StandardCharsets.UTF_8);
    assertThat(walkthrough.exitValue()).as(log).isZero();
    List<GuideDocument.Step> steps =
        GuideDocument.steps(Repository.read(GuideWalkthrough.GUIDE).lines().toList());
    List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
    assertThat(lines).as(log).hasSize(steps.size());
    assertThat(
            Files.list(Repository.ROOT.resolve(GuideFiles.DIRECTORY))
                .map(Path::getFileName)
                .map(Path::toString))
        .as("what a reader finds in target/guide before the guide's first command")
        .doesNotContain("request", "issued", "typo.yaml");
    return IntStream.range(0, steps.size())
        .mapToObj(i -> DynamicTest.dynamicTest(name(steps.get(i)), () -> verdict(lines.get(i))));
  }

  @Test
  void theGuidesTableOfExamples_listsEveryExample() {
    List<String> listed =
        Repository.read(GuideWalkthrough.GUIDE)
            .lines()
            .filter(line -> line.startsWith("| `docs/examples/"))
            .map(line -> line.substring(3, line.indexOf('`', 3)))
            .toList();

    assertThat(listed).isEqualTo(Repository.examples());
  }

  private static String name(GuideDocument.Step step) {
    if (step instanceof GuideDocument.FileBlock) {
      GuideDocument.FileBlock file = (GuideDocument.FileBlock) step;
      return GuideWalkthrough.GUIDE + ":" + file.line() + " writes " + file.path();
    }
    GuideDocument.Command command = (GuideDocument.Command) step;
    return GuideWalkthrough.GUIDE + ":" + command.line() + " $ " + command.text();
  }

  private static void verdict(String line) {
    if (!line.startsWith("ok ")) {
      throw new AssertionError(line.replace("\\n", "\n"));
    }
  }

  private static void copy(String relative) throws IOException {
    Path target = reader.resolve(relative);
    Files.createDirectories(target.getParent());
    Files.copy(Repository.path(relative), target);
  }

  /** The class path of this JVM, for the walkthrough's. */
  private static String classPath() {
    return System.getProperty("java.class.path");
  }
}
