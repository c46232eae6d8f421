package io.edgecert.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.application.port.in.SubjectFields.Field;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class SubjectFieldsTest {

  @Test
  void givenEveryAllowedKey_parse_keepsThemInOrderAndUpperCasesTheCountry() {
    assertThat(SubjectFields.parse("O=Contoso Ltd, OU=IT,L=Redmond,st=WA,C=us").fields())
        .containsExactly(
            new Field("O", "Contoso Ltd"),
            new Field("OU", "IT"),
            new Field("L", "Redmond"),
            new Field("ST", "WA"),
            new Field("C", "US"));
  }

  @Test
  void givenAnEscapedComma_parse_keepsItInTheValue() {
    assertThat(SubjectFields.parse("O=Contoso\\, Ltd,OU=IT,OU=Edge").fields())
        .containsExactly(
            new Field("O", "Contoso, Ltd"), new Field("OU", "IT"), new Field("OU", "Edge"));
  }

  @Test
  void givenNothing_parse_hasNoFields() {
    assertThat(SubjectFields.parse(null).fields()).isEmpty();
    assertThat(SubjectFields.parse("  ").fields()).isEmpty();
  }

  @Test
  void givenACommonName_parse_saysTheCnComesFromThePlan() {
    assertThatThrownBy(
            () -> SubjectFields.parse("--subject-fields", "CN=sip.contoso.com,O=Contoso"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "--subject-fields CN: the CN always comes from the plan; leave it out of the "
                + "subject fields");
  }

  @Test
  void givenSeveralMistakes_parse_reportsThemAll() {
    assertThat(problemsOf("O=A,O=B,E=admin@contoso.com,C=USA,OU=,Contoso"))
        .containsExactly(
            tuple("E", "unknown key \"E\"; expected one of O, OU, L, ST, C"),
            tuple("C", "\"USA\" is not a two-letter country code such as US or DE"),
            tuple("OU", "the value is empty"),
            tuple(
                "",
                "\"Contoso\" is not KEY=value (keys: O, OU, L, ST, C); a comma inside"
                    + " a value is written \\, as in \"O=Contoso\\, Ltd,C=US\""),
            tuple("O", "given more than once; only OU may repeat"));
  }

  @Test
  void givenARefusedFieldAndAValidOneOfTheSameKey_parse_reportsTheRefusalButNoRepeat() {
    assertThat(problemsOf("C=USA,C=DE"))
        .containsExactly(tuple("C", "\"USA\" is not a two-letter country code such as US or DE"));
  }

  /** The problems parse reports for {@code text}, as (path, message). */
  private static List<Tuple> problemsOf(String text) {
    try {
      SubjectFields.parse(text);
    } catch (InvalidInputException e) {
      return e.problems().stream().map(p -> tuple(p.path(), p.message())).toList();
    }
    throw new AssertionError("parse accepted " + text);
  }

  @Test
  void givenAnOverlongOrganization_parse_namesTheLimit() {
    assertThatThrownBy(() -> SubjectFields.parse("O=" + "x".repeat(65)))
        .hasMessageContaining("the value has 65 characters; at most 64 fit");
  }

  @Test
  void givenFields_toString_writesThemBackInOrderWithoutEscapes() {
    assertThat(SubjectFields.parse("O=Contoso\\, Ltd,OU=IT,c=us").toString())
        .isEqualTo("O=Contoso, Ltd,OU=IT,C=US");
    assertThat(SubjectFields.none().toString()).isEmpty();
  }

  @Test
  void givenATrailingBackslash_parse_keepsItAsPartOfTheValue() {
    assertThat(SubjectFields.parse("O=Contoso\\").fields())
        .containsExactly(new Field("O", "Contoso\\"));
  }

  @Test
  void givenAnEmptyKey_parse_saysTheKeyIsUnknown() {
    assertThatThrownBy(() -> SubjectFields.parse("--subject-fields", "=Contoso"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::path, InputProblem::message)
                    .containsExactly(
                        tuple("", "unknown key \"\"; expected one of O, OU, L, ST, C")));
  }
}
