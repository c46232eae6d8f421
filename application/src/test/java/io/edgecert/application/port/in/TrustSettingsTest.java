package io.edgecert.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustSettingsTest {
  private static final byte[] PUBLIC = {1};
  private static final byte[] FIRST = {2};
  private static final byte[] SECOND = {3};
  private static final byte[] CHAIN = {4};

  @Test
  void givenRootsWithoutNames_constructor_namesThemGenericallyInOrder() {
    TrustSettings trust = new TrustSettings(PUBLIC, List.of(FIRST, SECOND), List.of(CHAIN));

    assertThat(trust.publicRoots()).isSameAs(PUBLIC);
    assertThat(trust.publicRootsName()).isEqualTo("public roots");
    assertThat(trust.privateRoots()).containsExactly(FIRST, SECOND);
    assertThat(trust.privateRootNames()).containsExactly("private roots #1", "private roots #2");
    assertThat(trust.intermediates()).containsExactly(CHAIN);
  }

  @Test
  void givenNamedRoots_constructor_keepsTheNamesAndOffersNoIntermediates() {
    TrustSettings trust =
        new TrustSettings(
            null, List.of(FIRST), "--trust-store roots.pem", List.of("--trust a.pem"));

    assertThat(trust.publicRootsName()).isEqualTo("--trust-store roots.pem");
    assertThat(trust.privateRootNames()).containsExactly("--trust a.pem");
    assertThat(trust.intermediates()).isEmpty();
    assertThat(new TrustSettings(null, List.of(), "p", List.of(), null).intermediates()).isEmpty();
  }

  @Test
  void defaults_trustTheJdkRootsOnly() {
    TrustSettings trust = TrustSettings.defaults();

    assertThat(trust.publicRoots()).isNull();
    assertThat(trust.privateRoots()).isEmpty();
    assertThat(trust.privateRootNames()).isEmpty();
    assertThat(trust.intermediates()).isEmpty();
  }

  @Test
  void givenANameMissing_constructor_refusesIt() {
    assertThatThrownBy(() -> new TrustSettings(null, List.of(FIRST, SECOND), "p", List.of("one")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("one name per private root");
  }
}
