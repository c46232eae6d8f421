package io.edgecert.domain.probe.rules;

import static io.edgecert.domain.probe.TlsVersion.TLS_1_0;
import static io.edgecert.domain.probe.TlsVersion.TLS_1_2;
import static io.edgecert.domain.probe.TlsVersion.TLS_1_3;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** NET-TLS-001: the table of {@link Tls12Accepted}. */
@SuppressWarnings("unused")
@Tag("NET-TLS-001")
class Tls12AcceptedTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "1.2 and 1.3",
            Members.tls(Members.FEDERATION, Set.of(TLS_1_2, TLS_1_3), null),
            PASS,
            "accepts TLS 1.2"),
        arguments(
            "1.3 only",
            Members.tls(Members.FEDERATION, Set.of(TLS_1_3), null),
            FAIL,
            "does not accept TLS 1.2"),
        arguments(
            "1.0 only",
            Members.tls(Members.FEDERATION, Set.of(TLS_1_0), null),
            FAIL,
            "does not accept TLS 1.2"),
        arguments(
            "A/V",
            new Member(Members.AV, true, Observation.reached("127.0.0.4"), List.of()),
            NOT_APPLICABLE,
            "no TLS"),
        arguments(
            "unreached",
            new Member(
                Members.FEDERATION,
                true,
                Observation.unreachable("127.0.0.2", "refused"),
                List.of()),
            NOT_APPLICABLE,
            "not reached"));
  }

  @Test
  void givenVersionsInAnyOrder_evaluate_listsTheAcceptedOnesOldestFirst() {
    ProbeAssertions.assertFinding(
        new Tls12Accepted(),
        Members.tls(Members.FEDERATION, Set.of(TLS_1_3, TLS_1_2, TLS_1_0), null),
        PASS,
        "TLS 1.2",
        "TLS 1.0, TLS 1.2, TLS 1.3",
        "sip.contoso.com:5061/tls [127.0.0.2] accepts TLS 1.2");
  }

  @Test
  void givenNoVersionAccepted_evaluate_failsSayingNone() {
    ProbeAssertions.assertFinding(
        new Tls12Accepted(),
        Members.tls(Members.FEDERATION, Set.of(), null),
        FAIL,
        "TLS 1.2",
        "(none)",
        "sip.contoso.com:5061/tls [127.0.0.2] does not accept TLS 1.2: Microsoft 365 and current"
            + " partners cannot federate");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenMember_evaluate_judgesIt(
      String row, Member member, FindingStatus status, String message) {
    ProbeAssertions.assertFinding(new Tls12Accepted(), member, status, message);
  }
}
