package io.edgecert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  static List<InputProblem> problems(int count) {
    return IntStream.range(0, count).mapToObj(i -> InputProblem.of("empty " + i)).toList();
  }

  @Test
  void givenMoreThan100Problems_keepsTheFirst100AndCountsTheRest() {
    InvalidInputException e =
        new InvalidInputException("body", InvalidInputException.Kind.INVALID, problems(100_001));

    assertThat(e.problems()).hasSize(100);
    assertThat(e.problems().get(99).message()).isEqualTo("empty 99");
    assertThat(e.unlisted()).isEqualTo(99_901);
    assertThat(e.getMessage().lines()).hasSize(101);
    assertThat(e.getMessage()).endsWith("... and 99901 more problems not listed");
  }

  @Test
  void given100Problems_listsThemAll() {
    InvalidInputException e =
        new InvalidInputException("body", InvalidInputException.Kind.INVALID, problems(100));

    assertThat(e.problems()).hasSize(100);
    assertThat(e.unlisted()).isZero();
    assertThat(e.getMessage()).doesNotContain("more problem");
  }
}
