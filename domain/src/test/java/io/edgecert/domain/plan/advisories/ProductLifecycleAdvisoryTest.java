package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.topology.Product;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductLifecycleAdvisoryTest {
  private final ProductLifecycleAdvisory advisory = new ProductLifecycleAdvisory();

  @ParameterizedTest(name = "{0} as of {1} -> {2}")
  @CsvSource({
    "LYNC_2013, 2023-04-10, WARNING, leaves Microsoft's extended support on 2023-04-11",
    "LYNC_2013, 2023-04-11, WARNING, left Microsoft's extended support on 2023-04-11",
    "LYNC_2013, 2026-01-01, WARNING, no in-place upgrade from Lync Server 2013",
    "SFB_2015,  2025-10-13, WARNING, Skype for Business Server 2015 leaves Microsoft's extended support on 2025-10-14",
    "SFB_2015,  2025-10-14, WARNING, an in-place upgrade from Skype for Business Server 2015",
    "SFB_2019,  2025-10-14, WARNING, Skype for Business Server 2019 left Microsoft's extended support on 2025-10-14",
    "SFB_2019,  2024-01-01, WARNING, Subscription Edition"
  })
  void givenProductAndDay_advise_givesTheEndOfExtendedSupportAndTheSuccessor(
      Product product, LocalDate asOf, AdvisoryLevel level, String message) {
    assertThat(advisory.advise(contoso().product(product).build(), asOf))
        .hasValueSatisfying(
            a -> {
              assertThat(a.severity()).isEqualTo(level);
              assertThat(a.message()).contains(message);
            });
  }
}
