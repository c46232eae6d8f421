package io.edgecert.domain.probe.rules;

import static io.edgecert.domain.probe.TlsVersion.TLS_1_2;
import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.Observation.StartTls;
import io.edgecert.domain.validation.FindingStatus;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** NET-XMPP-001: the table of {@link StartTlsOffered}. */
@SuppressWarnings("unused")
@Tag("NET-XMPP-001")
class StartTlsOfferedTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "proceeds",
            Members.member(
                Members.XMPP,
                "127.0.0.5",
                Set.of(TLS_1_2),
                new StartTls(true, true, null),
                null,
                null),
            PASS,
            "negotiates STARTTLS"),
        arguments(
            "not offered",
            Members.member(
                Members.XMPP,
                "127.0.0.5",
                Set.of(),
                new StartTls(false, false, "no <starttls/> in the stream features"),
                null,
                null),
            FAIL,
            "does not offer STARTTLS"),
        arguments(
            "no proceed",
            Members.member(
                Members.XMPP,
                "127.0.0.5",
                Set.of(),
                new StartTls(true, false, "<failure/>"),
                null,
                null),
            FAIL,
            "did not proceed"),
        arguments(
            "no stream",
            Members.member(Members.XMPP, "127.0.0.5", Set.of(), null, null, null),
            NOT_APPLICABLE,
            "no XMPP stream"),
        arguments(
            "SIP",
            Members.tls(Members.FEDERATION, Set.of(TLS_1_2), null),
            NOT_APPLICABLE,
            "not an XMPP endpoint"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenMember_evaluate_judgesIt(
      String row, Member member, FindingStatus status, String message) {
    ProbeAssertions.assertFinding(new StartTlsOffered(), member, status, message);
  }
}
