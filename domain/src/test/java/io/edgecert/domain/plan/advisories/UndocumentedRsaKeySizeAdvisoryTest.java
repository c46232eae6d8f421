package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.topology.KeyAlgorithm;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("GEN-KEY-001")
class UndocumentedRsaKeySizeAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
  private final UndocumentedRsaKeySizeAdvisory advisory = new UndocumentedRsaKeySizeAdvisory();

  @ParameterizedTest
  @ValueSource(ints = {1024, 2048, 4096})
  void givenADocumentedSize_advise_saysNothing(int size) {
    assertThat(advisory.advise(contoso().key(KeyAlgorithm.RSA, size).build(), TODAY)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {3072, 8192})
  void givenAnotherSize_advise_warnsThatTheCmdletDoesNotOfferIt(int size) {
    assertThat(advisory.advise(contoso().key(KeyAlgorithm.RSA, size).build(), TODAY))
        .hasValueSatisfying(
            a -> {
              assertThat(a.severity()).isEqualTo(AdvisoryLevel.WARNING);
              assertThat(a.message())
                  .startsWith("RSA " + size + "-bit keys are not a documented size");
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 256})
  void givenAnEllipticKey_advise_saysNothing(int size) {
    assertThat(advisory.advise(contoso().key(KeyAlgorithm.ECDH_P256, size).build(), TODAY))
        .isEmpty();
  }
}
