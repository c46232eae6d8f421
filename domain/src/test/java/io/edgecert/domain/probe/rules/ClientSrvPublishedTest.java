package io.edgecert.domain.probe.rules;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DNS-SRV-002: the table of ClientSrvPublished. */
@Tag("DNS-SRV-002")
class ClientSrvPublishedTest {
  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            new ClientSrvPublished(), lookup(SrvService.SIP_CLIENT, SIP), PASS, "is published"),
        arguments(
            new ClientSrvPublished(),
            lookup(SrvService.SIP_CLIENT),
            WARN,
            "_sip._tls.fabrikam.com is not published"),
        arguments(
            new ClientSrvPublished(),
            lookup(SrvService.XMPP_SERVER),
            NOT_APPLICABLE,
            "not a record for external client sign-in"));
  }

  @Test
  void givenRecords_evaluate_showsEachAsPriorityWeightPortTarget() {
    SrvLookups.assertFinding(
        new ClientSrvPublished(),
        lookup(SrvService.SIP_CLIENT, SIP, new SrvRecord("sip2.fabrikam.com", 443, 10, 20)),
        PASS,
        "_sip._tls.fabrikam.com SRV 0 0 443 <Access Edge host>",
        "0 0 5061 sip.fabrikam.com, 10 20 443 sip2.fabrikam.com",
        "_sip._tls.fabrikam.com is published");
  }

  @Test
  void givenNoRecord_evaluate_warnsThatClientsCannotFindTheEdge() {
    SrvLookups.assertFinding(
        new ClientSrvPublished(),
        lookup(SrvService.SIP_CLIENT),
        WARN,
        "_sip._tls.fabrikam.com SRV 0 0 443 <Access Edge host>",
        "(no record)",
        "_sip._tls.fabrikam.com is not published: external client sign-in for fabrikam.com"
            + " cannot find the Edge");
  }

  @ParameterizedTest(name = "{0} {2} {3}")
  @MethodSource("rows")
  void givenLookup_evaluate_judgesTheRecord(
      SrvRule rule, SrvLookup lookup, FindingStatus status, String message) {
    SrvLookups.assertFinding(rule, lookup, status, message);
  }
}
