package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("EXT-CA-001")
class ExternalPublicCaTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("public root", ContextBuilder.external(), PASS, "public root"),
        arguments(
            "private root",
            ContextBuilder.external().chain(ChainStatus.PRIVATE_ROOT),
            FAIL,
            "private root"),
        arguments(
            "self-signed",
            ContextBuilder.external().chain(ChainStatus.SELF_SIGNED),
            FAIL,
            "self-signed"),
        arguments(
            "incomplete chain",
            ContextBuilder.external().chain(ChainStatus.INCOMPLETE),
            FAIL,
            "CN=Missing Intermediate CA"),
        arguments(
            "A/V Authentication from a private CA",
            ContextBuilder.avAuthentication().chain(ChainStatus.PRIVATE_ROOT),
            FAIL,
            "use a public CA"),
        arguments(
            "chain not checked",
            ContextBuilder.external().chain(ChainStatus.NOT_CHECKED),
            NOT_APPLICABLE,
            "not checked"),
        arguments("request", ContextBuilder.external().request(), NOT_APPLICABLE, "request has no"),
        arguments("internal", ContextBuilder.internal(), NOT_APPLICABLE, "not the internal one"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenChain_evaluate_requiresAPublicRootForExternalCertificates(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new ExternalPublicCa(), context, status, message);
  }
}
