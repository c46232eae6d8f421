package io.edgecert.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.plan.CertificateRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputValuesTest {

  @ParameterizedTest
  @CsvSource({
    "2025-06-01, 2025-06-01T00:00:00Z",
    "' 2025-06-01 ', 2025-06-01T00:00:00Z",
    "2025-06-01T12:00:00Z, 2025-06-01T12:00:00Z",
    "2025-06-01t12:00:00z, 2025-06-01T12:00:00Z",
    "2025-06-01T14:00:00+02:00, 2025-06-01T12:00:00Z",
    "2025-06-01T12:00:00.5Z, 2025-06-01T12:00:00.5Z"
  })
  void givenADateOrAnInstant_dateOrInstant_readsItByOneRule(String text, String expected) {
    assertThat(InputValues.dateOrInstant("at", text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "soon",
        "",
        "2025-06-01T12:00:00",
        "2025-6-1",
        "20250601",
        "2025-06-01 12:00:00Z",
        "2025-13-01"
      })
  void givenNeitherADateNorAnInstant_dateOrInstant_refusesItNamingTheField(String text) {
    assertThatThrownBy(() -> InputValues.dateOrInstant("--at", text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.name()).isEqualTo("--at");
              assertThat(e.reason())
                  .isEqualTo(
                      "'"
                          + text
                          + "' is not a date or instant; expected YYYY-MM-DD or an instant with"
                          + " its offset such as 2025-06-01T12:00:00Z");
              assertThat(e.problems()).singleElement().extracting("path").isEqualTo("--at");
            });
  }

  @Test
  void givenADate_date_readsItAndRefusesAnythingElse() {
    assertThat(InputValues.date("asOf", " 2025-06-01")).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThatThrownBy(() -> InputValues.date("asOf", "01/06/2025"))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("reason", "'01/06/2025' is not a date; expected YYYY-MM-DD");
  }

  @Test
  void givenARoleCodeInAnyCase_role_readsItAndRefusesAnUnknownOne() {
    assertThat(InputValues.role("role", " AV-Authentication"))
        .isEqualTo(CertificateRole.AV_AUTHENTICATION);
    assertThatThrownBy(() -> InputValues.role("role", "edge"))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue(
            "reason", "'edge' is not a role; expected external | av-authentication | internal");
  }

  @Test
  void givenDays_days_acceptsZeroAndMoreAndRefusesTheRest() {
    assertThat(InputValues.days("d", " 0")).isZero();
    assertThat(InputValues.days("d", "45")).isEqualTo(45);
    for (String bad : List.of("-1", "1.5", "x", "", "99999999999")) {
      assertThatThrownBy(() -> InputValues.days("d", bad))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue(
              "reason",
              "'" + bad + "' is not a number of days; expected a whole number, 0 or more");
    }
  }

  @Test
  void givenANegativeWindowOrNoCertificate_validateCommand_refusesItAsAnInputError() {
    TopologySource topology = new TopologySource("t.yaml", new byte[0], TopologySource.Syntax.YAML);
    CertificateSource certificate = new CertificateSource("a.cer", new byte[0], null, null);
    assertThatThrownBy(() -> new ValidateCommand(topology, List.of(certificate), null, -1, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.name()).isEqualTo("expiryWarningDays"));
    assertThatThrownBy(() -> new ValidateCommand(topology, List.of(), null, 30, null))
        .isInstanceOf(io.edgecert.domain.InvalidInputException.class)
        .hasMessage("certificates: at least one certificate is needed");
    assertThatThrownBy(() -> new ValidateEachCommand(topology, null, -3, null))
        .isInstanceOf(InvalidValueException.class);
  }
}
