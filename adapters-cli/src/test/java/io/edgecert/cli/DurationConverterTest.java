package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  @ParameterizedTest
  @CsvSource({
    "30s, 30000",
    "500ms, 500",
    "2m, 120000",
    "45, 45000",
    "1 min, 60000",
    "' 5S ', 5000",
    "999999999ms, 999999999"
  })
  void givenADuration_convert_readsIt(String text, long millis) {
    assertThat(new DurationConverter().convert(text).toMillis()).isEqualTo(millis);
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "0s", "0", "-5s", "5h", "1.5s", "", "1234567890s"})
  void givenNoPositiveDuration_convert_saysWhatItExpected(String text) {
    assertThatThrownBy(() -> new DurationConverter().convert(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage(
            "'"
                + text
                + "' is not a duration; expected a positive number with ms, s or m, e.g. 5s,"
                + " 500ms or 2m");
  }
}
