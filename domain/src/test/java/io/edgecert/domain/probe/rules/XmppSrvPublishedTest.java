package io.edgecert.domain.probe.rules;

import static io.edgecert.domain.probe.rules.SrvLookups.SIP;
import static io.edgecert.domain.probe.rules.SrvLookups.lookup;
import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.probe.SrvLookup;
import io.edgecert.domain.probe.SrvService;
import io.edgecert.domain.validation.FindingStatus;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DNS-SRV-003: the table of XmppSrvPublished. */
@Tag("DNS-SRV-003")
class XmppSrvPublishedTest {
  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            new XmppSrvPublished(), lookup(SrvService.XMPP_SERVER, SIP), PASS, "is published"),
        arguments(
            new XmppSrvPublished(),
            lookup(SrvService.XMPP_SERVER),
            FAIL,
            "_xmpp-server._tcp.fabrikam.com is not published"));
  }

  @ParameterizedTest(name = "{0} {2} {3}")
  @MethodSource("rows")
  void givenLookup_evaluate_judgesTheRecord(
      SrvRule rule, SrvLookup lookup, FindingStatus status, String message) {
    SrvLookups.assertFinding(rule, lookup, status, message);
  }
}
