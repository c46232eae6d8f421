package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.certificate.CertificateEvidence;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** One reading per distinct chain of a probe run, each member's copy under its own name. */
class ChainReadingsTest {
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
  private final List<String> asked = new CopyOnWriteArrayList<>();

  private final ChainReadings readings =
      new ChainReadings(
          (source, trust, at) -> {
            asked.add(
                source.name() + " " + new String(source.content(), StandardCharsets.US_ASCII));
            if (source.name().startsWith("broken")) {
              throw new InvalidInputException(
                  source.name(), InvalidInputException.Kind.INVALID, "no DER sequence at byte 0");
            }
            return EdgeSamples.certificate(source.name(), "sip.contoso.com", List.of());
          },
          TrustSettings.defaults(),
          AT);

  @Test
  void givenTheSameChainFromTwoMembers_read_readsOnceAndNamesEachCopy() {
    CertificateEvidence first = readings.read("a [10.0.0.1]", chain("leaf", "intermediate"));
    CertificateEvidence second = readings.read("a [10.0.0.2]", chain("leaf", "intermediate"));

    assertThat(asked).hasSize(1);
    assertThat(asked.get(0)).startsWith("a [10.0.0.1] -----BEGIN CERTIFICATE-----");
    assertThat(first.file()).isEqualTo("a [10.0.0.1]");
    assertThat(second.file()).isEqualTo("a [10.0.0.2]");
    assertThat(second.leaf()).isSameAs(first.leaf());
    assertThat(second.chain()).isSameAs(first.chain());
    assertThat(second.supplied()).isEqualTo(first.supplied());
  }

  @Test
  void givenChainsThatDifferInOneByteOrInOrder_read_readsEach() {
    readings.read("a", chain("leaf", "intermediate"));
    readings.read("b", chain("leaf", "intermediatf"));
    readings.read("c", chain("intermediate", "leaf"));
    readings.read("d", chain("leaf"));

    assertThat(asked).hasSize(4);
  }

  @Test
  void givenChainThatCannotBeRead_read_throwsForEveryMemberThatSentIt() {
    assertThatThrownBy(() -> readings.read("broken 1", chain("junk")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no DER sequence at byte 0");
    assertThatThrownBy(() -> readings.read("broken 2", chain("junk")))
        .isInstanceOf(InvalidInputException.class);

    assertThat(asked).hasSize(2);
  }

  @Test
  void givenTheSenderChangesItsArrayAfterwards_read_keepsWhatWasSent() {
    byte[] der = "leaf".getBytes(StandardCharsets.US_ASCII);
    readings.read("a", List.of(der));
    der[0] = 'X';
    readings.read("b", List.of("leaf".getBytes(StandardCharsets.US_ASCII)));

    assertThat(asked).hasSize(1);
  }

  private static List<byte[]> chain(String... certificates) {
    return Arrays.stream(certificates).map(c -> c.getBytes(StandardCharsets.US_ASCII)).toList();
  }
}
