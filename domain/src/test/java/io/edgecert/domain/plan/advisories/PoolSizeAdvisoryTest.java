package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.topology.Product;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("POOL-003")
class PoolSizeAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final PoolSizeAdvisory advisory = new PoolSizeAdvisory();

  private static List<String> servers(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "edge" + i + ".contoso.net").toList();
  }

  @Test
  void givenThirteenSkypeEdges_advise_warns() {
    assertThat(
            advisory.advise(
                contoso().product(Product.SFB_2015).scaledDns().servers(servers(13)).build(),
                TODAY))
        .hasValueSatisfying(a -> assertThat(a.message()).contains("13 Edge Servers"));
  }

  @Test
  void givenTwelveSkypeEdgesOrALyncPool_advise_saysNothing() {
    assertThat(
            advisory.advise(
                contoso().product(Product.SFB_2019).scaledDns().servers(servers(12)).build(),
                TODAY))
        .isEmpty();
    assertThat(advisory.advise(contoso().scaledDns().servers(servers(13)).build(), TODAY))
        .isEmpty();
  }
}
