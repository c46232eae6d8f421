package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import io.edgecert.domain.validation.testing.FactsBuilder;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("GEN-KU-001")
class KeyUsageForTlsTest {

  private static Consumer<FactsBuilder> ec(String... usages) {
    return l -> l.publicKey("EC", 256, PublicKeyFacts.SECP256R1, "secp256r1").keyUsages(usages);
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("RSA, both bits", ContextBuilder.external(), PASS, "TLS server handshake"),
        arguments(
            "no keyUsage extension",
            ContextBuilder.external().leaf(l -> l.keyUsages()),
            NOT_APPLICABLE,
            "restricts nothing"),
        arguments(
            "RSA without keyEncipherment",
            ContextBuilder.external().leaf(l -> l.keyUsages("digitalSignature")),
            FAIL,
            "lacks keyEncipherment"),
        arguments(
            "RSA with keyEncipherment only",
            ContextBuilder.internal().leaf(l -> l.keyUsages("keyEncipherment")),
            FAIL,
            "lacks digitalSignature"),
        arguments(
            "RSA, CA bits only",
            ContextBuilder.external().leaf(l -> l.keyUsages("keyCertSign", "cRLSign")),
            FAIL,
            "lacks digitalSignature and keyEncipherment"),
        arguments(
            "EC with digitalSignature",
            ContextBuilder.external().leaf(ec("digitalSignature")),
            PASS,
            "allows"),
        arguments(
            "EC with keyAgreement only",
            ContextBuilder.external().leaf(ec("keyAgreement")),
            FAIL,
            "lacks digitalSignature:"),
        arguments(
            "request with a keyUsage",
            ContextBuilder.external().request().leaf(l -> l.keyUsages("digitalSignature")),
            FAIL,
            "keyEncipherment"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenKeyUsage_evaluate_requiresTheBitsOfATlsServerKey(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new KeyUsageForTls(), context, status, message);
  }
}
