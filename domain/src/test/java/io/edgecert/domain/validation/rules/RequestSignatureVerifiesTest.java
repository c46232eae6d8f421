package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("GEN-CSR-001")
class RequestSignatureVerifiesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "request signed with its own key",
            ContextBuilder.external().request(),
            PASS,
            "verifies with its own public key"),
        arguments(
            "request whose signature does not verify",
            ContextBuilder.internal().request().requestSignatureValid(false),
            FAIL,
            "every CA refuses it"),
        arguments(
            "request not checked",
            ContextBuilder.external().request().requestSignatureValid(null),
            NOT_APPLICABLE,
            "not checked"),
        arguments("a certificate", ContextBuilder.external(), NOT_APPLICABLE, "signed by its CA"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenRequest_evaluate_verifiesItsSelfSignature(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new RequestSignatureVerifies(), context, status, message);
  }
}
