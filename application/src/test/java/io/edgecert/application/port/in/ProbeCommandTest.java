package io.edgecert.application.port.in;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of {@link ProbeCommand} on what an adapter passes it. */
class ProbeCommandTest {

  @Test
  void givenNegativeExpiryWarningDays_construct_throwsAnInputErrorNamingTheField() {
    assertThatThrownBy(() -> command(-1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ValidateCommand.EXPIRY_WARNING_DAYS)
        .hasMessageContaining("'-1' is not a number of days");
  }

  private static ProbeCommand command(int expiryWarningDays) {
    return new ProbeCommand(
        new TopologySource("topology.yaml", new byte[0], TopologySource.Syntax.AUTO),
        List.of(),
        null,
        null,
        null,
        1,
        null,
        false,
        null,
        expiryWarningDays,
        null,
        null,
        null);
  }
}
