package io.edgecert.domain.probe.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.FindingStatus.WARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.probe.SrvLookup;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.probe.SrvService;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** FQDN-004: the table of SrvTargetInDomain. */
class SrvTargetInDomainTest {
  private static final SrvRecord SIP = new SrvRecord("sip.fabrikam.com", 5061, 0, 0);
  private static final SrvRecord FOREIGN = new SrvRecord("sip.contoso.com", 5061, 0, 0);

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(new SrvTargetInDomain(), lookup(SrvService.SIP_CLIENT, SIP), PASS, "in its own domain"),
        arguments(new SrvTargetInDomain(), lookup(SrvService.SIP_CLIENT, SIP, FOREIGN), WARN, "targets sip.contoso.com, outside fabrikam.com"),
        arguments(new SrvTargetInDomain(), lookup(SrvService.SIP_CLIENT, new SrvRecord("FABRIKAM.com.", 443, 0, 0)), PASS, "own domain"),
        arguments(new SrvTargetInDomain(), lookup(SrvService.SIP_CLIENT, new SrvRecord("notfabrikam.com", 443, 0, 0)), WARN, "outside"),
        arguments(new SrvTargetInDomain(), lookup(SrvService.SIP_CLIENT), NOT_APPLICABLE, "no record"));
  }

  @ParameterizedTest(name = "{0} {2} {3}")
  @MethodSource("rows")
  void givenLookup_evaluate_judgesTheRecord(
      SrvRule rule, SrvLookup lookup, FindingStatus status, String message) {
    Finding finding = rule.evaluate(lookup);
    assertThat(finding.status()).as(finding.message()).isEqualTo(status);
    assertThat(finding.message()).contains(message);
    assertThat(finding.rule()).isEqualTo(rule.id());
  }

  private static SrvLookup lookup(SrvService service, SrvRecord... records) {
    return new SrvLookup(service, "fabrikam.com", List.of(records), null);
  }

  private static SrvLookup failed(SrvService service) {
    return new SrvLookup(service, "fabrikam.com", List.of(), "timed out");
  }
}
