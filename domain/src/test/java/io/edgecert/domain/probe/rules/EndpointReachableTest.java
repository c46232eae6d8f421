package io.edgecert.domain.probe.rules;

import static io.edgecert.domain.probe.TlsVersion.TLS_1_2;
import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.validation.FindingStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** NET-REACH-001: the table of {@link EndpointReachable}. */
@SuppressWarnings("unused")
@Tag("NET-REACH-001")
class EndpointReachableTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "certificate presented",
            Members.tls(
                Members.FEDERATION,
                Set.of(TLS_1_2),
                Members.leaf("sip.contoso.com", "*.contoso.com")),
            PASS,
            "a server certificate",
            "1 certificate(s) sent",
            "sip.contoso.com:5061/tls [127.0.0.2] presented its certificate"),
        arguments(
            "certificate presented, then a problem",
            new Member(
                Members.FEDERATION,
                true,
                new Observation(
                    "127.0.0.2",
                    true,
                    List.of(new byte[] {1}, new byte[] {2}),
                    TLS_1_2,
                    null,
                    Set.of(TLS_1_2),
                    false,
                    null,
                    "connection reset"),
                List.of(Members.leaf("sip.contoso.com"))),
            PASS,
            "a server certificate",
            "2 certificate(s) sent; then: connection reset",
            "presented its certificate"),
        arguments(
            "connected, no certificate",
            Members.tls(Members.FEDERATION, Set.of(), null),
            FAIL,
            "a server certificate",
            "handshake failed",
            "sip.contoso.com:5061/tls [127.0.0.2] presented no certificate: handshake failed"),
        arguments(
            "refused",
            new Member(
                Members.FEDERATION,
                true,
                Observation.unreachable("127.0.0.2", "connection refused"),
                List.of()),
            FAIL,
            "a server certificate",
            "connection refused",
            "cannot be reached: connection refused"),
        arguments(
            "A/V TCP",
            new Member(Members.AV, true, Observation.reached("127.0.0.4"), List.of()),
            PASS,
            "a TCP connection",
            "connected",
            "av.contoso.com:443/tcp [127.0.0.4] accepts TCP connections"),
        arguments(
            "A/V refused",
            new Member(
                Members.AV, true, Observation.unreachable("127.0.0.4", "timed out"), List.of()),
            FAIL,
            "a TCP connection",
            "timed out",
            "av.contoso.com:443/tcp [127.0.0.4] cannot be reached: timed out"),
        arguments(
            "unresolved",
            Member.unresolved(Members.FEDERATION, "NXDOMAIN"),
            NOT_APPLICABLE,
            null,
            null,
            "the name does not resolve"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenMember_evaluate_judgesIt(
      String row,
      Member member,
      FindingStatus status,
      String expected,
      String actual,
      String message) {
    ProbeAssertions.assertFinding(
        new EndpointReachable(), member, status, expected, actual, message);
  }
}
