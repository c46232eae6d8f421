package io.edgecert.domain.probe.rules;

import static io.edgecert.domain.probe.rules.SrvLookups.FOREIGN;
import static io.edgecert.domain.probe.rules.SrvLookups.SIP;
import static io.edgecert.domain.probe.rules.SrvLookups.lookup;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.FindingStatus.WARN;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.probe.SrvLookup;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.probe.SrvService;
import io.edgecert.domain.validation.FindingStatus;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** FQDN-004: the table of SrvTargetInDomain. */
@Tag("FQDN-004")
class SrvTargetInDomainTest {
  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            new SrvTargetInDomain(), lookup(SrvService.SIP_CLIENT, SIP), PASS, "in its own domain"),
        arguments(
            new SrvTargetInDomain(),
            lookup(SrvService.SIP_CLIENT, SIP, FOREIGN),
            WARN,
            "targets sip.contoso.com, outside fabrikam.com"),
        arguments(
            new SrvTargetInDomain(),
            lookup(SrvService.SIP_CLIENT, new SrvRecord("FABRIKAM.com.", 443, 0, 0)),
            PASS,
            "own domain"),
        arguments(
            new SrvTargetInDomain(),
            lookup(SrvService.SIP_CLIENT, new SrvRecord("notfabrikam.com", 443, 0, 0)),
            WARN,
            "outside"),
        arguments(
            new SrvTargetInDomain(), lookup(SrvService.SIP_CLIENT), NOT_APPLICABLE, "no record"));
  }

  @ParameterizedTest(name = "{0} {2} {3}")
  @MethodSource("rows")
  void givenLookup_evaluate_judgesTheRecord(
      SrvRule rule, SrvLookup lookup, FindingStatus status, String message) {
    SrvLookups.assertFinding(rule, lookup, status, message);
  }
}
