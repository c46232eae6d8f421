package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("GEN-SIG-002")
class NoRsassaPssTest {

  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource({
    "1.2.840.113549.1.1.10, RSASSA-PSS,              FAIL, RSASSA-PSS",
    "1.2.840.113549.1.1.5,  sha1WithRSAEncryption,   PASS, not RSASSA-PSS",
    "1.2.840.113549.1.1.11, sha256WithRSAEncryption, PASS, not RSASSA-PSS",
    "1.2.840.113549.1.1.13, sha512WithRSAEncryption, PASS, not RSASSA-PSS",
    "1.2.840.10045.4.3.2,   ecdsa-with-SHA256,       PASS, not RSASSA-PSS",
    "1.2.840.113549.1.1.4,  md5WithRSAEncryption,    PASS, not RSASSA-PSS"
  })
  void givenSignatureAlgorithm_evaluate_rejectsRsassaPss(
      String oid, String name, FindingStatus status, String message) {
    assertFinding(
        new NoRsassaPss(),
        ContextBuilder.internal().leaf(l -> l.signature(oid, name)),
        status,
        message);
  }

  @Test
  void givenAPssSignedRequest_evaluate_failsBeforeTheCaFollowsIt() {
    assertFinding(
        new NoRsassaPss(),
        ContextBuilder.external()
            .request()
            .leaf(l -> l.signature("1.2.840.113549.1.1.10", "RSASSA-PSS")),
        FindingStatus.FAIL,
        "RSASSA-PSS");
  }
}
