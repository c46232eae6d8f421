package io.edgecert.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeCommandTest {
  private static final TopologySource TOPOLOGY =
      new TopologySource("edge.yaml", new byte[] {1}, TopologySource.Syntax.AUTO);

  private static ProbeCommand command(
      Duration connect, Duration handshake, int concurrency, int days) {
    return new ProbeCommand(
        TOPOLOGY,
        List.of(),
        null,
        connect,
        handshake,
        concurrency,
        null,
        false,
        null,
        days,
        null,
        null,
        null);
  }

  @Test
  void givenNoTimeoutsTrustProgressOrScope_constructor_usesTheDefaults() {
    ProbeCommand command = command(null, null, 1, 0);

    assertThat(command.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(command.handshakeTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(command.concurrency()).isEqualTo(1);
    assertThat(command.expiryWarningDays()).isZero();
    assertThat(command.trust()).isEqualTo(TrustSettings.defaults());
    assertThat(command.progress()).isSameAs(ProbeProgress.NONE);
    assertThat(command.scope()).isSameAs(ProbeScope.ANY);
  }

  @Test
  void givenTimeoutsTrustProgressAndScope_constructor_keepsThem() {
    TrustSettings trust = new TrustSettings(new byte[] {1}, List.of());
    ProbeProgress progress = new ProbeProgress() {};
    ProbeScope scope = (host, address) -> false;
    Instant at = Instant.parse("2025-06-01T12:00:00Z");

    ProbeCommand command =
        new ProbeCommand(
            TOPOLOGY,
            List.of(),
            null,
            Duration.ofMillis(1),
            Duration.ofMillis(2),
            64,
            null,
            true,
            at,
            30,
            trust,
            progress,
            scope);

    assertThat(command.connectTimeout()).isEqualTo(Duration.ofMillis(1));
    assertThat(command.handshakeTimeout()).isEqualTo(Duration.ofMillis(2));
    assertThat(command.trust()).isSameAs(trust);
    assertThat(command.progress()).isSameAs(progress);
    assertThat(command.scope()).isSameAs(scope);
    assertThat(command.at()).isEqualTo(at);
  }

  @Test
  void givenATimeoutOfZeroOrLess_constructor_refusesIt() {
    for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1))) {
      assertThatThrownBy(() -> command(bad, null, 1, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("timeouts must be positive");
      assertThatThrownBy(() -> command(null, bad, 1, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("timeouts must be positive");
    }
  }

  @Test
  void givenNoConcurrency_constructor_refusesIt() {
    assertThatThrownBy(() -> command(null, null, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("concurrency must be at least 1");
  }

  @Test
  void givenNegativeExpiryWarningDays_construct_throwsAnInputErrorNamingTheField() {
    assertThatThrownBy(() -> command(null, null, 1, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ValidateCommand.EXPIRY_WARNING_DAYS)
        .hasMessageContaining("'-1' is not a number of days");
  }
}
