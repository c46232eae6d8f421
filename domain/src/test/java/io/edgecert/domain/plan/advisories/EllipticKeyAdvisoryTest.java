package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.topology.KeyAlgorithm;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("GEN-KEY-003")
class EllipticKeyAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final EllipticKeyAdvisory advisory = new EllipticKeyAdvisory();

  @Test
  void givenAnEcKey_advise_warnsAboutTheCngProvider() {
    assertThat(advisory.advise(contoso().key(KeyAlgorithm.ECDH_P256, 0).build(), TODAY))
        .hasValueSatisfying(
            a -> assertThat(a.message()).startsWith("ECDH_P256 keys").contains("CNG"));
  }

  @Test
  void givenRsa_advise_saysNothing() {
    assertThat(advisory.advise(contoso().build(), TODAY)).isEmpty();
  }
}
