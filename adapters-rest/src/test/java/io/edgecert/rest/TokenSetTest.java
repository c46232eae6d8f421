package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSetTest {
  final TokenSet tokens = TokenSet.of(List.of("first-token-0123456789", "second-token-0123456789"));

  @Test
  void givenAnyAcceptedToken_matches_isTrue() {
    assertThat(tokens.matches("first-token-0123456789")).isTrue();
    assertThat(tokens.matches("second-token-0123456789")).isTrue();
    assertThat(tokens.size()).isEqualTo(2);
  }

  @Test
  void givenPrefixSuffixOrOtherCase_matches_isFalse() {
    assertThat(tokens.matches("first-token-012345678")).isFalse();
    assertThat(tokens.matches("first-token-0123456789 ")).isFalse();
    assertThat(tokens.matches("FIRST-TOKEN-0123456789")).isFalse();
    assertThat(tokens.matches("")).isFalse();
  }

  @Test
  void givenNoToken_of_isRefused() {
    assertThatThrownBy(() -> TokenSet.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
