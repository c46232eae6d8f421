package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The padding of report columns writes what {@code String.format("%-Ns")} wrote before it. */
class TextTablePadTest {

  @ParameterizedTest
  @CsvSource(
      value = {
        "PASS,7",
        "FAIL,7",
        "N/A,7",
        "WARNING,7",
        "EXT-SAN-001,16",
        "EXT-POOL-001,12",
        "a rule id longer than its column,8",
        "'',3",
        "x,1",
        "x,0",
        "é,4",
        "NULL,5"
      },
      nullValues = "NULL")
  void pad_writesWhatFormatWrote(String text, int width) {
    String expected = String.format("%-" + Math.max(width, 1) + "s", text);

    assertThat(TextTable.pad(text, width))
        .isEqualTo(width == 0 ? String.valueOf(text) : expected)
        .hasSizeGreaterThanOrEqualTo(width);
  }
}
