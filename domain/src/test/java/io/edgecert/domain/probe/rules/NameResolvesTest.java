package io.edgecert.domain.probe.rules;

import static io.edgecert.domain.probe.TlsVersion.TLS_1_2;
import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.validation.FindingStatus;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DNS-A-001: the table of {@link NameResolves}. */
@SuppressWarnings("unused")
@Tag("DNS-A-001")
class NameResolvesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "resolved",
            Members.tls(Members.FEDERATION, Set.of(TLS_1_2), null),
            PASS,
            "sip.contoso.com resolves to 127.0.0.2"),
        arguments(
            "no record",
            Member.unresolved(Members.FEDERATION, "NXDOMAIN"),
            FAIL,
            "has no A or AAAA record: NXDOMAIN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenMember_evaluate_judgesIt(
      String row, Member member, FindingStatus status, String message) {
    ProbeAssertions.assertFinding(new NameResolves(), member, status, message);
  }
}
