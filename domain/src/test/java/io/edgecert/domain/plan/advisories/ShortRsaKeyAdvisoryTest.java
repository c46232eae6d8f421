package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.topology.KeyAlgorithm;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("GEN-KEY-002")
class ShortRsaKeyAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final ShortRsaKeyAdvisory advisory = new ShortRsaKeyAdvisory();

  @Test
  void givenRsa1024_advise_warns() {
    assertThat(advisory.advise(contoso().key(KeyAlgorithm.RSA, 1024).build(), TODAY))
        .hasValueSatisfying(a -> assertThat(a.message()).startsWith("RSA 1024-bit keys"));
  }

  @Test
  void givenRsa2048Or4096OrEc_advise_saysNothing() {
    assertThat(advisory.advise(contoso().key(KeyAlgorithm.RSA, 2048).build(), TODAY)).isEmpty();
    assertThat(advisory.advise(contoso().key(KeyAlgorithm.RSA, 4096).build(), TODAY)).isEmpty();
    assertThat(advisory.advise(contoso().key(KeyAlgorithm.ECDH_P256, 0).build(), TODAY)).isEmpty();
  }
}
