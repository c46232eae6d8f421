package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How GuideCommandsTest reads the guide: output with "...", shell words, blocks. */
class GuideReadingTest {
  static final List<String> OUTPUT = List.of("a", "b", "c", "d");

  @Test
  void givenNoEllipsis_output_mustBeExactlyTheLinesShown() {
    assertThat(OutputMatch.matches(List.of("a", "b", "c", "d"), OUTPUT)).isTrue();
    assertThat(OutputMatch.matches(List.of("a", "b", "c"), OUTPUT)).isFalse();
    assertThat(OutputMatch.matches(List.of("b", "c", "d"), OUTPUT)).isFalse();
  }

  @Test
  void givenEllipsis_output_mayHaveAnyLinesThere() {
    assertThat(OutputMatch.matches(List.of("a", "...", "d"), OUTPUT)).isTrue();
    assertThat(OutputMatch.matches(List.of("...", "c", "d"), OUTPUT)).isTrue();
    assertThat(OutputMatch.matches(List.of("a", "b", "...", "b", "c", "d"), OUTPUT)).isFalse();
    assertThat(OutputMatch.matches(List.of("...", "b", "...", "d", "..."), OUTPUT)).isTrue();
    assertThat(OutputMatch.matches(List.of("...", "c", "b", "..."), OUTPUT)).isFalse();
    assertThat(OutputMatch.matches(List.of("a", "b", "c", "d", "..."), OUTPUT)).isTrue();
  }

  @Test
  void shellWords_splitQuotesAndReadTheExitCode() {
    ShellWords words = ShellWords.parse("curl -H 'A: b c' --data \"x y\" a\\ b    # exit 2");

    assertThat(words.words()).containsExactly("curl", "-H", "A: b c", "--data", "x y", "a b");
    assertThat(words.exitCode()).isEqualTo(2);
    assertThat(ShellWords.parse("./edgecert plan x.yaml  # builds first").exitCode()).isZero();
  }

  @Test
  void shellWords_refuseWhatTheTestWouldNotRunAsAShellWould() {
    for (String line : List.of("a | b", "a > out", "a; b", "echo $(x)", "ls *.pem")) {
      assertThatThrownBy(() -> ShellWords.parse(line)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void guideDocument_readsCommandsWithTheirOutputAndFileBlocks() {
    List<GuideDocument.Step> steps =
        GuideDocument.steps(
            List.of(
                "text",
                "```sh",
                "$ one",
                "out 1",
                "",
                "$ two",
                "```",
                "```yaml file=t/x.yaml",
                "k: v",
                "```",
                "```json",
                "{}",
                "```"));

    assertThat(steps)
        .containsExactly(
            new GuideDocument.Command(3, "one", List.of("out 1", "")),
            new GuideDocument.Command(6, "two", List.of()),
            new GuideDocument.FileBlock(8, "t/x.yaml", "k: v\n"));
  }
}
