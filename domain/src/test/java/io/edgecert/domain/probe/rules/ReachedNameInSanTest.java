package io.edgecert.domain.probe.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.validation.FindingStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DNS-SAN-001: the table of {@link ReachedNameInSan}. */
@SuppressWarnings("unused")
@Tag("DNS-SAN-001")
class ReachedNameInSanTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "host in SAN",
            Members.tls(Members.FEDERATION, Set.of(), Members.leaf("SIP.contoso.com.")),
            PASS,
            "covers sip.contoso.com"),
        arguments(
            "host missing",
            Members.tls(Members.FEDERATION, Set.of(), Members.leaf("webcon.contoso.com")),
            FAIL,
            "without sip.contoso.com"),
        arguments(
            "wildcard covers one label",
            Members.tls(Members.FEDERATION, Set.of(), Members.leaf("*.contoso.com")),
            PASS,
            "covers"),
        arguments(
            "wildcard not two labels",
            Members.tls(Members.FEDERATION, Set.of(), Members.leaf("*.com")),
            FAIL,
            "without"),
        arguments(
            "XMPP domain missing",
            Members.member(
                Members.XMPP, "127.0.0.5", Set.of(), null, Members.leaf("xmpp.contoso.com"), null),
            FAIL,
            "without contoso.com"),
        arguments(
            "XMPP domain present",
            Members.member(
                Members.XMPP,
                "127.0.0.5",
                Set.of(),
                null,
                Members.leaf("xmpp.contoso.com", "contoso.com"),
                null),
            PASS,
            "covers xmpp.contoso.com, contoso.com"),
        arguments(
            "reached by address",
            Members.tls(
                new io.edgecert.domain.probe.Endpoint(
                    "127.0.0.2",
                    5061,
                    io.edgecert.domain.probe.ProbeProtocol.TLS,
                    null,
                    "--target",
                    null,
                    List.of()),
                Set.of(),
                Members.leaf("sip.contoso.com")),
            NOT_APPLICABLE,
            "by address"),
        arguments(
            "internal: subject only",
            Members.tls(Members.INTERNAL, Set.of(), Members.leaf()),
            NOT_APPLICABLE,
            "INT-SUBJECT-001"),
        arguments(
            "no certificate",
            Members.tls(Members.FEDERATION, Set.of(), null),
            NOT_APPLICABLE,
            "no certificate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenMember_evaluate_judgesIt(
      String row, Member member, FindingStatus status, String message) {
    ProbeAssertions.assertFinding(new ReachedNameInSan(), member, status, message);
  }

  @Test
  void aWildcardSan_coversExactlyOneNonEmptyFirstLabel() {
    List<String> wildcard = List.of("*.contoso.com");

    assertThat(ReachedNameInSan.covered("sip.contoso.com", wildcard)).isTrue();
    assertThat(ReachedNameInSan.covered("SIP.Contoso.com.", List.of("sip.contoso.com"))).isTrue();
    assertThat(ReachedNameInSan.covered("a.sip.contoso.com", wildcard)).isFalse();
    assertThat(ReachedNameInSan.covered("contoso.com", wildcard)).isFalse();
    assertThat(ReachedNameInSan.covered(".contoso.com", wildcard)).isFalse();
  }
}
