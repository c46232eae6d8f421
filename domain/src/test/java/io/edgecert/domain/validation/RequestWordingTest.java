package io.edgecert.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.rules.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestWordingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the certificate has no EKU extension | the request has no EKU extension",
        "The certificate's subject is sip.contoso.com | The request's subject is sip.contoso.com",
        "this certificate does not carry the Access Edge usage"
            + " | this request does not carry the Access Edge usage",
        "a certificate request has no validity | a certificate request has no validity",
        "the SAN lacks sip.contoso.com | in the request, the SAN lacks sip.contoso.com",
        "the external certificate relies on wildcard SANs"
            + " | in the request, the external certificate relies on wildcard SANs"
      })
  void givenAFindingOnARequest_of_speaksOfTheRequest(String message, String reworded) {
    Finding finding = Finding.of(RuleId.GEN_SIG_002, FindingStatus.FAIL, message, "x", "y");

    Finding request = RequestWording.of(finding);

    assertThat(request.message()).isEqualTo(reworded);
    assertThat(request).usingRecursiveComparison().ignoringFields("message").isEqualTo(finding);
  }
}
