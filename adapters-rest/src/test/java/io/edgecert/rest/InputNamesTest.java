package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputNamesTest {

  @ParameterizedTest
  @CsvSource(
      value = {
        "request body: /topology | /topology",
        "request body: /certificates/3 | /certificates/3",
        "request body: /certificate/0 (edge.pfx) | /certificate/0",
        "request body | ''",
        "edge.yaml | ''",
        "request body: not a pointer | ''"
      },
      delimiter = '|')
  void givenTheNameOfAnInput_pointerOf_findsItsPlaceInTheRequest(String name, String pointer) {
    assertThat(InputNames.pointerOf(name)).isEqualTo(pointer);
  }
}
