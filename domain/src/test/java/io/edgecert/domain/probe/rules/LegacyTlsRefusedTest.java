package io.edgecert.domain.probe.rules;

import static io.edgecert.domain.probe.TlsVersion.TLS_1_0;
import static io.edgecert.domain.probe.TlsVersion.TLS_1_1;
import static io.edgecert.domain.probe.TlsVersion.TLS_1_2;
import static io.edgecert.domain.probe.TlsVersion.TLS_1_3;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.FindingStatus.WARN;
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

/** NET-TLS-002: the table of {@link LegacyTlsRefused}. */
@SuppressWarnings("unused")
@Tag("NET-TLS-002")
class LegacyTlsRefusedTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "1.2 and 1.3",
            Members.tls(Members.FEDERATION, Set.of(TLS_1_2, TLS_1_3), null),
            PASS,
            "refuses TLS 1.0 and 1.1"),
        arguments(
            "1.0 accepted",
            Members.tls(Members.FEDERATION, Set.of(TLS_1_0, TLS_1_2), null),
            WARN,
            "still accepts TLS 1.0 or 1.1"),
        arguments(
            "1.1 accepted",
            Members.tls(Members.FEDERATION, Set.of(TLS_1_1), null),
            WARN,
            "still accepts"),
        arguments(
            "A/V",
            new Member(Members.AV, true, Observation.reached("127.0.0.4"), List.of()),
            NOT_APPLICABLE,
            "no TLS"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenMember_evaluate_judgesIt(
      String row, Member member, FindingStatus status, String message) {
    ProbeAssertions.assertFinding(new LegacyTlsRefused(), member, status, message);
  }
}
