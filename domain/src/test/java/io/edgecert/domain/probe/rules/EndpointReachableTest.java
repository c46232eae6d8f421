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
            "presented its certificate"),
        arguments(
            "connected, no certificate",
            Members.tls(Members.FEDERATION, Set.of(), null),
            FAIL,
            "presented no certificate: handshake failed"),
        arguments(
            "refused",
            new Member(
                Members.FEDERATION,
                true,
                Observation.unreachable("127.0.0.2", "connection refused"),
                List.of()),
            FAIL,
            "cannot be reached: connection refused"),
        arguments(
            "A/V TCP",
            new Member(Members.AV, true, Observation.reached("127.0.0.4"), List.of()),
            PASS,
            "accepts TCP connections"),
        arguments(
            "A/V refused",
            new Member(
                Members.AV, true, Observation.unreachable("127.0.0.4", "timed out"), List.of()),
            FAIL,
            "cannot be reached"),
        arguments(
            "unresolved",
            Member.unresolved(Members.FEDERATION, "NXDOMAIN"),
            NOT_APPLICABLE,
            "does not resolve"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenMember_evaluate_judgesIt(
      String row, Member member, FindingStatus status, String message) {
    ProbeAssertions.assertFinding(new EndpointReachable(), member, status, message);
  }
}
