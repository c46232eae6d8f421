package io.edgecert.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Why a chain stops, as the chain rules word it: the gap an incomplete chain is given. */
class ChainFactsTest {
  private static final List<String> PATH = List.of("CN=leaf", "CN=Issuing CA");

  @Test
  void givenAnIncompleteChainWithoutAGap_itsIssuerWasNotSupplied() {
    ChainFacts chain = new ChainFacts(ChainStatus.INCOMPLETE, PATH, "CN=Missing CA");

    assertThat(chain.gap()).isEqualTo(ChainGap.ISSUER_NOT_SUPPLIED);
    assertThat(chain.missingIssuer()).isEqualTo("CN=Missing CA");
    assertThat(chain.path()).containsExactly("CN=leaf", "CN=Issuing CA");
  }

  @Test
  void givenACompleteChainWithoutAGap_itHasNone() {
    assertThat(new ChainFacts(ChainStatus.PUBLIC_ROOT, PATH, null).gap()).isEqualTo(ChainGap.NONE);
    assertThat(new ChainFacts(ChainStatus.PRIVATE_ROOT, PATH, null, null).gap())
        .isEqualTo(ChainGap.NONE);
  }

  @Test
  void givenAGap_itIsKept() {
    ChainFacts chain =
        new ChainFacts(ChainStatus.INCOMPLETE, PATH, "CN=Issuing CA", ChainGap.ISSUER_KEY_MISMATCH);

    assertThat(chain.gap()).isEqualTo(ChainGap.ISSUER_KEY_MISMATCH);
  }

  @Test
  void aRequestsChain_isNotChecked_withNoPathAndNoMissingIssuer() {
    ChainFacts chain = ChainFacts.notChecked();

    assertThat(chain.status()).isEqualTo(ChainStatus.NOT_CHECKED);
    assertThat(chain.path()).isEmpty();
    assertThat(chain.missingIssuer()).isNull();
    assertThat(chain.gap()).isEqualTo(ChainGap.NONE);
  }
}
