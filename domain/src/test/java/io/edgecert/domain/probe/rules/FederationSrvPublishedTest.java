package io.edgecert.domain.probe.rules;

import static io.edgecert.domain.probe.rules.SrvLookups.SIP;
import static io.edgecert.domain.probe.rules.SrvLookups.failed;
import static io.edgecert.domain.probe.rules.SrvLookups.lookup;
import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.probe.SrvLookup;
import io.edgecert.domain.probe.SrvService;
import io.edgecert.domain.validation.FindingStatus;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DNS-SRV-001: the table of FederationSrvPublished. */
@Tag("DNS-SRV-001")
class FederationSrvPublishedTest {
  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            new FederationSrvPublished(),
            lookup(SrvService.SIP_FEDERATION, SIP),
            PASS,
            "is published"),
        arguments(
            new FederationSrvPublished(),
            lookup(SrvService.SIP_FEDERATION),
            FAIL,
            "_sipfederationtls._tcp.fabrikam.com is not published"),
        arguments(
            new FederationSrvPublished(),
            failed(SrvService.SIP_FEDERATION),
            FAIL,
            "DNS gave no answer"),
        arguments(
            new FederationSrvPublished(),
            lookup(SrvService.SIP_CLIENT),
            NOT_APPLICABLE,
            "not a record for SIP federation"));
  }

  @Test
  void givenNoAnswerFromDns_evaluate_failsWithWhyAsTheActualValue() {
    SrvLookups.assertFinding(
        new FederationSrvPublished(),
        failed(SrvService.SIP_FEDERATION),
        FAIL,
        "_sipfederationtls._tcp.fabrikam.com SRV 0 0 5061 <Access Edge host>",
        "(no answer: timed out)",
        "DNS gave no answer for _sipfederationtls._tcp.fabrikam.com: timed out");
  }

  @ParameterizedTest(name = "{0} {2} {3}")
  @MethodSource("rows")
  void givenLookup_evaluate_judgesTheRecord(
      SrvRule rule, SrvLookup lookup, FindingStatus status, String message) {
    SrvLookups.assertFinding(rule, lookup, status, message);
  }
}
