package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("GEN-SIG-001")
class SignatureHashTest {

  @ParameterizedTest(name = "{1} ({0}) -> {2}")
  @CsvSource({
    "1.2.840.113549.1.1.5,  sha1WithRSAEncryption,   PASS, is supported",
    "1.2.840.113549.1.1.14, sha224WithRSAEncryption, PASS, is supported",
    "1.2.840.113549.1.1.11, sha256WithRSAEncryption, PASS, is supported",
    "1.2.840.113549.1.1.12, sha384WithRSAEncryption, PASS, is supported",
    "1.2.840.113549.1.1.13, sha512WithRSAEncryption, PASS, is supported",
    "1.2.840.10045.4.1,     ecdsa-with-SHA1,         PASS, is supported",
    "1.2.840.10045.4.3.1,   ecdsa-with-SHA224,       PASS, is supported",
    "1.2.840.10045.4.3.2,   ecdsa-with-SHA256,       PASS, is supported",
    "1.2.840.10045.4.3.3,   ecdsa-with-SHA384,       PASS, is supported",
    "1.2.840.10045.4.3.4,   ecdsa-with-SHA512,       PASS, is supported",
    "1.2.840.113549.1.1.4,  md5WithRSAEncryption,    FAIL, md5WithRSAEncryption",
    "1.2.840.113549.1.1.2,  md2WithRSAEncryption,    FAIL, is not supported",
    "1.2.840.113549.1.1.15, sha512-224WithRSA,       FAIL, is not supported",
    "1.2.840.10040.4.3,     dsa-with-sha1,           FAIL, is not supported",
    "1.3.101.112,           Ed25519,                 FAIL, is not supported",
    "1.2.840.113549.1.1.10, RSASSA-PSS,              NOT_APPLICABLE, GEN-SIG-002 rejects"
  })
  void givenSignatureAlgorithm_evaluate_acceptsOnlySha1AndSha2(
      String oid, String name, FindingStatus status, String message) {
    assertFinding(
        new SignatureHash(),
        ContextBuilder.external().leaf(l -> l.signature(oid, name)),
        status,
        message);
  }

  @Test
  void givenARequestSignedWithSha1_evaluate_checksItsAlgorithmToo() {
    assertFinding(
        new SignatureHash(),
        ContextBuilder.external()
            .request()
            .leaf(l -> l.signature("1.2.840.113549.1.1.5", "SHA1withRSA")),
        FindingStatus.PASS,
        "");
  }
}
