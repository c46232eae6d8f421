package io.edgecert.domain.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A probe's report as every format of validate renders it: DNS entries first, then members. */
class ProbeReportTest {
  private static final Instant AT = Instant.parse("2025-06-01T12:00:00Z");
  private static final Endpoint FEDERATION =
      new Endpoint(
          "sip.contoso.com",
          5061,
          ProbeProtocol.TLS,
          CertificateRole.EXTERNAL,
          "SIP federation",
          null,
          List.of());
  private static final SrvLookup SRV =
      new SrvLookup(SrvService.SIP_FEDERATION, "contoso.com", List.of(), "NXDOMAIN");

  @Test
  void anUnresolvedName_isAMemberThatReachedNothing_andSaysWhy() {
    Member member = Member.unresolved(FEDERATION, "NXDOMAIN");

    assertThat(member.endpoint()).isEqualTo(FEDERATION);
    assertThat(member.observation().connected()).isFalse();
    assertThat(member.observation().address()).isNull();
    assertThat(member.observation().problem()).isEqualTo("NXDOMAIN");
    assertThat(member.presented()).isEmpty();
    assertThat(member.leaf()).isEmpty();
    assertThat(member.label()).isEqualTo("sip.contoso.com:5061/tls");
  }

  @Test
  void asValidation_namesEachSrvRecordEntry_thenListsEachMembersReport_atTheProbesInstant() {
    Finding srvMissing =
        Finding.broken(RuleId.DNS_SRV_001, "no record", "an SRV record", "NXDOMAIN");
    Finding resolves = Finding.pass(RuleId.DNS_A_001, "resolves", "an address", "127.0.0.2");
    CertificateReport memberReport =
        new CertificateReport(
            CertificateRole.EXTERNAL, "sip.contoso.com:5061/tls", null, null, List.of(resolves));
    ProbeReport probe =
        new ProbeReport(
            AT,
            List.of(new SrvReport(SRV, List.of(srvMissing))),
            List.of(new MemberReport(Member.unresolved(FEDERATION, "NXDOMAIN"), memberReport)));

    ValidationReport report = probe.asValidation();

    assertThat(report.at()).isEqualTo(AT);
    assertThat(report.certificates())
        .extracting(CertificateReport::role, CertificateReport::file, CertificateReport::findings)
        .containsExactly(
            tuple(null, "DNS _sipfederationtls._tcp.contoso.com", List.of(srvMissing)),
            tuple(CertificateRole.EXTERNAL, "sip.contoso.com:5061/tls", List.of(resolves)));
    assertThat(probe.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void givenOnlyPassedFindings_theVerdictIsPass() {
    ProbeReport probe =
        new ProbeReport(
            AT,
            List.of(
                new SrvReport(
                    SRV,
                    List.of(
                        Finding.pass(
                            RuleId.DNS_SRV_001, "published", "an SRV record", "sip.contoso.com")))),
            List.of());

    assertThat(probe.verdict()).isEqualTo(Verdict.PASS);
  }
}
