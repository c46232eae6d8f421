package io.edgecert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShownTextTest {
  private static final String KEY_LINE =
      "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7VJTUt9Us8cKj";
  private static final String KEY =
      "-----BEGIN PRIVATE KEY-----\n"
          + KEY_LINE
          + "\n"
          + KEY_LINE
          + "\n-----END PRIVATE KEY-----\n";

  @Test
  void givenNoText_of_showsNoText() {
    assertThat(ShownText.of(null)).isNull();
    assertThat(ShownText.of("")).isEmpty();
  }

  @Test
  void givenAPemKeyQuoted_of_showsItsLabelOnly() {
    String shown = ShownText.of("\"" + KEY + "\" is not a valid FQDN");

    assertThat(shown)
        .isEqualTo("\"(PEM text: PRIVATE KEY, not shown)\n\" is not a valid FQDN")
        .doesNotContain(KEY_LINE.substring(0, 20));
  }

  @Test
  void givenAPemBlockWithoutItsEnd_of_hidesTheRestOfTheText() {
    assertThat(ShownText.of("got '-----BEGIN RSA PRIVATE KEY-----\n" + KEY_LINE + "\n'"))
        .isEqualTo("got '(PEM text: RSA PRIVATE KEY, not shown)");
  }

  @Test
  void givenBase64WithoutArmour_of_hidesItButKeepsNamesAndHexadecimalHashes() {
    String hash = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
    String text = "'" + KEY_LINE + "' near sip.contoso.com, thumbprint " + hash;

    assertThat(ShownText.of(text))
        .isEqualTo(
            "'(64 characters of base64, not shown)' near sip.contoso.com, thumbprint " + hash);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // a digit, one lower case letter at either end of a-z, one upper case at either end of A-Z
    "aZ9, '(42 characters of base64, not shown)'",
    "zA9, '(42 characters of base64, not shown)'",
    // without upper case, lower case or digits it is a name or a hash: shown
    "ab9, ab9ab9ab9ab9ab9ab9ab9ab9ab9ab9ab9ab9ab9ab9",
    "AB9, AB9AB9AB9AB9AB9AB9AB9AB9AB9AB9AB9AB9AB9AB9",
    "aBc, aBcaBcaBcaBcaBcaBcaBcaBcaBcaBcaBcaBcaBcaBc"
  })
  void givenBase64RunsOfEachLetterCase_of_hidesOnlyThoseWithDigitLowerAndUpperCase(
      String unit, String shown) {
    assertThat(ShownText.of("got " + unit.repeat(14))).isEqualTo("got " + shown);
  }

  @Test
  void givenAValueOfExactlyTheLimit_of_showsItWhole() {
    String text = "x".repeat(ShownText.MAX_CHARS);

    assertThat(ShownText.of(text)).isEqualTo(text);
  }

  @Test
  void givenAHugeValue_of_cutsItWithTheCountOfWhatIsLeftOut() {
    String shown = ShownText.of("x".repeat(ShownText.MAX_CHARS + 5));

    assertThat(shown)
        .isEqualTo("x".repeat(ShownText.MAX_CHARS) + "... (5 more characters not shown)");
  }

  @Test
  void givenAnInputProblem_itsMessageIsShownText() {
    assertThat(InputProblem.at("edge.accessEdge", "\"" + KEY + "\"").message())
        .doesNotContain(KEY_LINE);
    assertThat(new InvalidInputException(KEY, InvalidInputException.Kind.INVALID, "x").source())
        .doesNotContain(KEY_LINE);
  }
}
