package io.edgecert.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue resource against the {@link RuleId} constants, and the resource's format. */
class RuleCatalogueTest {

  @Test
  void everyConstantHasExactlyOneEntry_andEveryEntryAConstant_inTheSameOrder() {
    List<String> constants = Arrays.stream(RuleId.values()).map(RuleId::id).toList();
    // parse() refuses a second entry for an id, so a key here is one entry
    assertThat(List.copyOf(RuleCatalogue.entries().keySet())).isEqualTo(constants);
  }

  @Test
  void everyEntryHasItsRequiredFields() {
    for (RuleCatalogue.Entry entry : RuleCatalogue.entries().values()) {
      assertThat(entry.statement()).as(entry.id()).isNotBlank();
      assertThat(entry.appliesWhen()).as(entry.id()).isNotBlank();
      assertThat(entry.sources()).as(entry.id()).isNotBlank();
      assertThat(entry.sourceList()).as(entry.id()).isNotEmpty().doesNotContain("");
    }
  }

  @Test
  void aRuleReadsItsWordsFromTheResource() {
    assertThat(RuleId.EXT_KEY_002.severityNote()).isEqualTo("(contested, AMB-04)");
    assertThat(RuleId.GEN_KEY_001.sourceList()).containsExactly("S10", "P1 (-KeySize)");
    assertThat(RuleId.GEN_CDP_001.statement())
        .isEqualTo("Every server certificate must include a CRL Distribution Point.");
    assertThat(RuleId.GEN_CDP_001.appliesWhen()).isEqualTo("always");
    assertThat(RuleId.GEN_CDP_001.severityNote()).isEmpty();
  }

  @Test
  void indentedLinesContinueAField_joinedWithOneSpace() throws IOException {
    Map<String, RuleCatalogue.Entry> entries =
        parse(
            """
        # a comment
        [GEN-EKU-001]
        statement: Every Edge
            server certificate
          carries `<b>` "as is".
        applies when: always
        sources: S10, S01–S06
        severity note: (contested)
        """);

    RuleCatalogue.Entry entry = entries.get("GEN-EKU-001");
    assertThat(entry.statement())
        .isEqualTo("Every Edge server certificate carries `<b>` \"as is\".");
    assertThat(entry.sourceList()).containsExactly("S10", "S01–S06");
    assertThat(entry.severityNote()).isEqualTo("(contested)");
  }

  @Test
  void aSecondEntryForAnId_isRefusedWithItsLine() {
    String entry = "[GEN-EKU-001]\nstatement: s\napplies when: a\nsources: S10\n";
    assertThatThrownBy(() -> parse(entry + "\n" + entry))
        .hasMessage("test.txt line 6: GEN-EKU-001 has a second entry");
  }

  @Test
  void aMissingRequiredField_isNamed() {
    assertThatThrownBy(() -> parse("\n[GEN-EKU-001]\nstatement: s\nsources: S10\n"))
        .hasMessage("test.txt line 2: GEN-EKU-001 lacks its 'applies when'");
  }

  @Test
  void anUnknownOrRepeatedField_orAFieldOutsideAnEntry_isRefusedWithItsLine() {
    assertThatThrownBy(() -> parse("[GEN-EKU-001]\nstatment: s\n"))
        .hasMessageStartingWith("test.txt line 2: expected one of the fields");
    assertThatThrownBy(() -> parse("[GEN-EKU-001]\nstatement: s\nstatement: t\n"))
        .hasMessage("test.txt line 3: GEN-EKU-001 has a second 'statement'");
    assertThatThrownBy(() -> parse("statement: s\n"))
        .hasMessageStartingWith("test.txt line 1: an entry starts with its id");
    assertThatThrownBy(() -> parse("[GEN-EKU-001]\n\n  more\n"))
        .hasMessage("test.txt line 3: a continuation line must follow a field");
  }

  @Test
  void aHeaderIsAnIdOfUpperCaseWordsAndThreeDigits_inSquareBrackets() {
    assertThat(RuleCatalogue.header("[GEN-EKU-001]")).isEqualTo("GEN-EKU-001");
    assertThat(RuleCatalogue.header("[PS-TYPE-001]")).isEqualTo("PS-TYPE-001");
    assertThat(RuleCatalogue.header("[AV-001]")).isEqualTo("AV-001");
    for (String other :
        List.of(
            "[GEN-EKU-01]",
            "[gen-eku-001]",
            "[GEN--EKU-001]",
            "[-GEN-001]",
            "[GEN-EKU001]",
            "GEN-EKU-001",
            "[GEN-EKU-0011]",
            "[001]",
            "[]",
            "[A-00A]")) {
      assertThat(RuleCatalogue.header(other)).as(other).isNull();
    }
  }

  @Test
  void theShortestHeader_andTheLettersAndDigitsAtEachEndOfTheirRange_areAccepted() {
    assertThat(RuleCatalogue.header("[A-001]")).isEqualTo("A-001");
    assertThat(RuleCatalogue.header("[XYZ-909]")).isEqualTo("XYZ-909");
    assertThat(RuleCatalogue.header("[AZ-AZ-190]")).isEqualTo("AZ-AZ-190");
    assertThat(RuleCatalogue.header("[A-00]")).isNull();
  }

  @Test
  void trailingEmptySourcesAreDropped_butOneEmptySourceIsKeptForTheRequiredFieldCheck()
      throws IOException {
    String entry = "[GEN-EKU-001]\nstatement: s\napplies when: a\nsources: ";
    assertThat(parse(entry + "S10, S01–S06,,\n").get("GEN-EKU-001").sourceList())
        .containsExactly("S10", "S01–S06");
    assertThat(parse(entry + ", S10\n").get("GEN-EKU-001").sourceList()).containsExactly("", "S10");
    assertThat(parse(entry + ",\n").get("GEN-EKU-001").sourceList()).containsExactly("");
    assertThat(parse(entry + ",\n").get("GEN-EKU-001").sources()).isEqualTo(",");
  }

  private static Map<String, RuleCatalogue.Entry> parse(String text) throws IOException {
    return RuleCatalogue.parse(new BufferedReader(new StringReader(text)), "test.txt");
  }
}
