package io.edgecert.domain.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FederationTest {

  @Test
  void noFederation_hasNeitherSipNorXmppNorPublicIm() {
    Federation none = Federation.none();

    assertThat(none.sip()).isFalse();
    assertThat(none.xmppFederation()).isEmpty();
    assertThat(none.publicIm()).isEmpty();
    assertThat(new Federation(true, null, null).publicIm()).isEmpty();
  }
}
