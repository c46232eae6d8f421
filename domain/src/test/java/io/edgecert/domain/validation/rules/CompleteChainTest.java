package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.FindingStatus.WARN;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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

  @Test
  void givenAChainToAPublicRoot_evaluate_statesItsStatusAndPathAsTheActualValue() {
    Finding finding =
        assertFinding(new CompleteChain(), ContextBuilder.external(), PASS, "ends at the root");
    assertThat(finding.expected()).isEqualTo("a chain to a trusted root");
    assertThat(finding.actual())
        .isEqualTo("public-root: CN=leaf -> CN=Issuing CA -> CN=public-root root");
    assertThat(finding.message()).isEqualTo("the chain ends at the root CN=public-root root");
  }

  @Test
  void givenAnIncompleteChain_evaluate_statesHowFarItGot() {
    Finding finding =
        assertFinding(
            new CompleteChain(),
            ContextBuilder.external().issuerKeyMismatch(),
            FAIL,
            "cannot be completed");
    assertThat(finding.expected()).isEqualTo("a chain to a trusted root");
    assertThat(finding.actual()).isEqualTo("incomplete: CN=leaf");
    assertThat(finding.message())
        .isEqualTo(
            "the chain cannot be completed: a certificate named CN=Example Issuing CA was found,"
                + " but its key does not verify the signature (a renewed or re-keyed CA?); supply"
                + " the CA certificate whose key signed it");
  }
}
