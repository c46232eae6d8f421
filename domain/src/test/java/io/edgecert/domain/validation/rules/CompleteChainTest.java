package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.FindingStatus.WARN;
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

@Tag("GEN-CHAIN-001")
class CompleteChainTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("external public root", ContextBuilder.external(), PASS, "ends at the root"),
        arguments("internal private root", ContextBuilder.internal(), PASS, "ends at the root"),
        arguments(
            "incomplete names the missing issuer",
            ContextBuilder.external().chain(ChainStatus.INCOMPLETE),
            FAIL,
            "the issuer CN=Missing Intermediate CA is missing"),
        arguments(
            "issuer supplied, but its key does not verify",
            ContextBuilder.external().issuerKeyMismatch(),
            FAIL,
            "a certificate named CN=Example Issuing CA was found, but its key does not verify"),
        arguments(
            "root supplied but not trusted",
            ContextBuilder.external().untrustedRoot(),
            FAIL,
            "the chain ends at the root CN=Contoso Root, which was supplied but is not trusted"),
        arguments(
            "external self-signed",
            ContextBuilder.external().chain(ChainStatus.SELF_SIGNED),
            FAIL,
            "self-signed"),
        arguments(
            "A/V Authentication self-signed",
            ContextBuilder.avAuthentication().chain(ChainStatus.SELF_SIGNED),
            FAIL,
            "self-signed"),
        arguments(
            "internal self-signed",
            ContextBuilder.internal().chain(ChainStatus.SELF_SIGNED),
            WARN,
            "must trust it as a root"),
        arguments(
            "not checked",
            ContextBuilder.external().chain(ChainStatus.NOT_CHECKED),
            NOT_APPLICABLE,
            "not checked"),
        arguments(
            "request",
            ContextBuilder.external().request(),
            NOT_APPLICABLE,
            "a certificate request has no issuer or chain"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenChain_evaluate_requiresATrustAnchor(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new CompleteChain(), context, status, message);
  }
}
