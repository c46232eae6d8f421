package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each command's --help as a reader gets it: lines that fit 80 columns (picocli wraps only what it
 * must, so a longer line means a hard break in the wrong place), examples that are whole commands
 * (a long one continues with a trailing backslash, so a copy-paste runs one command), and the exit
 * codes and examples of that command, not of another.
 */
class HelpTextTest {
  private static final InProcessCli CLI = InProcessCli.production();

  @ParameterizedTest
  @ValueSource(strings = {"plan", "validate", "rules", "request", "bundle", "probe", "serve"})
  void givenHelp_eachCommand_listsItsOwnExamplesAsWholeCommandsAndItsExitCodes(String command) {
    InProcessCli.Run run = CLI.run(command, "--help");

    assertThat(run.exitCode()).isZero();
    List<String> lines = Arrays.asList(run.out().split("\n"));
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    List<String> examples = section(lines, "Examples:");
    assertThat(examples).isNotEmpty();
    for (int i = 0; i < examples.size(); i++) {
      boolean continued = i > 0 && examples.get(i - 1).endsWith("\\");
      if (continued) {
        assertThat(examples.get(i)).startsWith("      --");
      } else {
        assertThat(examples.get(i)).startsWith("  edgecert " + command);
      }
    }
    assertThat(section(lines, "Exit codes:")).anyMatch(line -> line.startsWith("  0   "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"request", "bundle"})
  void givenHelp_requestAndBundle_describeThemselvesInWholeWrappedSentences(String command) {
    List<String> lines = Arrays.asList(CLI.run(command, "--help").out().split("\n"));

    // A ragged hard break leaves a line far shorter than the next one of the same paragraph.
    List<String> paragraph =
        lines.stream()
            .dropWhile(line -> !line.startsWith("Usage:"))
            .skip(1)
            .dropWhile(line -> line.startsWith(" "))
            .takeWhile(line -> !line.startsWith(" "))
            .toList();
    assertThat(paragraph).hasSizeGreaterThan(1);
    for (String line : paragraph.subList(0, paragraph.size() - 1)) {
      assertThat(line.length()).as(line).isGreaterThan(60);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bundle", "validate"})
  void givenHelp_commandsThatJudgeCertificates_listExit1(String command) {
    assertThat(section(Arrays.asList(CLI.run(command, "--help").out().split("\n")), "Exit codes:"))
        .anyMatch(line -> line.startsWith("  1   "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan", "rules", "request", "serve"})
  void givenHelp_commandsThatJudgeNothing_doNotListExit1(String command) {
    assertThat(section(Arrays.asList(CLI.run(command, "--help").out().split("\n")), "Exit codes:"))
        .noneMatch(line -> line.startsWith("  1   "));
  }

  private static List<String> section(List<String> lines, String heading) {
    int start = lines.indexOf(heading);
    assertThat(start).as(heading).isNotNegative();
    return lines.subList(start + 1, lines.size()).stream()
        .takeWhile(line -> !line.isBlank())
        .toList();
  }
}
