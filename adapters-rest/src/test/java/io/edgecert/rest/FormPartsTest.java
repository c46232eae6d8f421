package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormPartsTest {
  private static final String FORM = "multipart/form-data; boundary=b";

  @Test
  void givenNamedParts_parse_givesNameAndBytes() throws Exception {
    byte[] body =
        ("--b\r\nContent-Disposition: form-data; name=\"topology\"\r\n\r\nversion: 1\r\n--b--\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    assertThat(FormParts.parse(FORM, body))
        .singleElement()
        .satisfies(
            part -> {
              assertThat(part.name()).isEqualTo("topology");
              assertThat(new String(part.content(), StandardCharsets.US_ASCII))
                  .isEqualTo("version: 1");
            });
  }

  /** Found by the rest-multipart fuzz target: a part without a name was a NullPointerException. */
  @Test
  void givenAPartWithoutAName_parse_refusesTheBodyNamingThePart() {
    byte[] body =
        ("--b\r\nContent-Disposition: form-data; name=\"topology\"\r\n\r\nversion: 1\r\n"
                + "--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> FormParts.parse(FORM, body))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("part 2 has no name");
  }
}
