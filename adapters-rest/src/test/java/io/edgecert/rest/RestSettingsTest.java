package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestSettingsTest {

  @Test
  void defaults_bindLoopbackOnPort8080With5MiB() {
    RestSettings settings = RestSettings.defaults();

    assertThat(settings.address()).isEqualTo("127.0.0.1:8080");
    assertThat(settings.maxBodyBytes()).isEqualTo(5 * 1024 * 1024);
  }

  @ParameterizedTest
  @CsvSource({
    "5242880, 5242880",
    "512KiB, 524288",
    "512k, 524288",
    "5MiB, 5242880",
    "5 mb, 5242880",
    "1b, 1"
  })
  void givenASize_parseByteSize_countsBytesIn1024s(String text, long bytes) {
    assertThat(RestSettings.parseByteSize(text)).isEqualTo(bytes);
  }

  @Test
  void givenNoSize_parseByteSize_saysWhatItExpected() {
    assertThatThrownBy(() -> RestSettings.parseByteSize("5 GiB"))
        .hasMessage("expected a size such as 5242880, 512KiB or 5MiB, got '5 GiB'");
  }

  @ParameterizedTest
  @CsvSource({
    "https://tools.contoso.com, https://tools.contoso.com",
    "HTTPS://Tools.Contoso.com/, https://tools.contoso.com",
    "http://127.0.0.1:3000, http://127.0.0.1:3000",
    "http://[::1]:3000, http://[::1]:3000"
  })
  void givenAnOrigin_corsOrigins_keepItAsBrowsersSendIt(String text, String origin) {
    RestSettings settings = RestSettings.defaults().withCorsOrigins(java.util.List.of(text));

    assertThat(settings.corsOrigins()).containsExactly(origin);
  }

  @ParameterizedTest
  @CsvSource({
    "*",
    "tools.contoso.com",
    "ftp://tools.contoso.com",
    "https://a.b/path",
    "https://a.b?q"
  })
  void givenSomethingElse_corsOrigins_areRefusedNamingIt(String text) {
    assertThatThrownBy(() -> RestSettings.defaults().withCorsOrigins(java.util.List.of(text)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an origin such as https://tools.contoso.com, got '" + text + "'");
  }

  @Test
  void givenOutOfRangeValues_settings_areRefused() {
    assertThatThrownBy(() -> new RestSettings("127.0.0.1", 65_536, 1)).hasMessageContaining("port");
    assertThatThrownBy(() -> new RestSettings("127.0.0.1", 0, 0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> new RestSettings("::1", 0, RestSettings.MAX_BODY_LIMIT + 1))
        .hasMessageContaining("1 GiB");
  }

  @Test
  void givenIpv6Bind_address_bracketsIt() {
    assertThat(new RestSettings("::1", 0, 1).address(8443)).isEqualTo("[::1]:8443");
  }

  @Test
  void defaults_giveEachRequest30SecondsAndRefuseABudgetOutsideOneMsToOneHour() {
    assertThat(RestSettings.defaults().requestBudget()).isEqualTo(java.time.Duration.ofSeconds(30));
    assertThatThrownBy(
            () -> RestSettings.defaults().withRequestBudget(java.time.Duration.ofHours(2)))
        .hasMessage("the time budget of a request must be between 1 ms and 1 h, got 7200000 ms");
    assertThatThrownBy(() -> RestSettings.defaults().withRequestBudget(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
