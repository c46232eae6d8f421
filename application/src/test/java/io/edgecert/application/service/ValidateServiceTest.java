package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.in.CertificateJudge;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateEachCommand;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import io.edgecert.domain.work.WorkBudget;
import io.edgecert.domain.work.WorkStoppedException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidateServiceTest {
  private static final Instant NOW = Instant.parse("2025-06-01T23:30:00Z");
  private static final TopologySource TOPOLOGY =
      new TopologySource(
          "topology.yaml",
          "version: 1".getBytes(StandardCharsets.UTF_8),
          TopologySource.Syntax.AUTO);

  private final FakeCertificateReader certificates =
      new FakeCertificateReader(
          Map.of(
              "external.pem",
              EdgeSamples.certificate("external.pem", "sip.contoso.com", EdgeSamples.EXTERNAL_SANS),
              "internal.pem",
              EdgeSamples.certificate("internal.pem", "LSEdge.contoso.net", List.of())));
  private final List<LocalDate> planDates = new ArrayList<>();
  private final ValidateService service =
      new ValidateService(
          source -> EdgeSamples.topology(),
          (topology, asOf) -> {
            planDates.add(asOf);
            return EdgeSamples.plan(asOf);
          },
          certificates,
          Clock.fixed(NOW, ZoneOffset.UTC));

  private static CertificateSource source(String name, CertificateRole role) {
    return new CertificateSource(name, new byte[] {1}, null, role);
  }

  private static ValidateCommand command(Instant at, int days, CertificateSource... sources) {
    return new ValidateCommand(TOPOLOGY, List.of(sources), at, days, null);
  }

  @Test
  void givenNoInstant_validate_judgesAtTheClockAndPlansForItsUtcDay() {
    ValidationReport report = service.validate(command(null, 30, source("external.pem", null)));

    assertThat(report.at()).isEqualTo(NOW);
    assertThat(planDates).containsExactly(LocalDate.of(2025, 6, 1));
    assertThat(certificates.instants).containsExactly(NOW);
  }

  @Test
  void givenAClockOrInstantWithFractions_validate_judgesAndReportsToTheSecond() {
    ValidateService ticking =
        new ValidateService(
            source -> EdgeSamples.topology(),
            (topology, asOf) -> EdgeSamples.plan(asOf),
            certificates,
            Clock.fixed(NOW.plusNanos(123_456_789), ZoneOffset.UTC));

    ValidationReport now = ticking.validate(command(null, 30, source("external.pem", null)));
    ValidationReport at =
        ticking.validate(
            command(Instant.parse("2026-01-01T00:00:01.5Z"), 30, source("external.pem", null)));

    assertThat(now.at()).isEqualTo(NOW);
    assertThat(at.at()).isEqualTo(Instant.parse("2026-01-01T00:00:01Z"));
    assertThat(now.certificates().get(0).findings())
        .filteredOn(f -> f.rule() == RuleId.GEN_VALID_001)
        .extracting(Finding::expected)
        .containsExactly("valid at 2025-06-01T23:30:00Z");
  }

  @Test
  void givenInstant_validate_usesItToPlanReadAndJudge() {
    Instant at = Instant.parse("2026-01-01T00:00:01Z");

    ValidationReport report = service.validate(command(at, 30, source("external.pem", null)));

    assertThat(report.at()).isEqualTo(at);
    assertThat(planDates).containsExactly(LocalDate.of(2026, 1, 1));
    assertThat(certificates.instants).containsExactly(at);
    assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(findingOf(report.certificates().get(0), RuleId.GEN_VALID_002))
        .as("one second after notAfter is expired")
        .isEqualTo(
            Finding.of(
                RuleId.GEN_VALID_002,
                FindingStatus.FAIL,
                "the certificate expired at 2026-01-01T00:00:00Z",
                "valid at 2026-01-01T00:00:01Z",
                "valid until 2026-01-01T00:00:00Z"));
  }

  @Test
  void givenCertificatesWithAndWithoutRoles_validate_matchesEachToAPlannedRole() {
    ValidationReport report =
        service.validate(
            command(
                null,
                30,
                source("external.pem", null),
                source("internal.pem", null),
                source("external.pem", CertificateRole.INTERNAL)));

    assertThat(report.certificates())
        .extracting(CertificateReport::role)
        .containsExactly(
            CertificateRole.EXTERNAL, CertificateRole.INTERNAL, CertificateRole.INTERNAL);
    assertThat(report.certificates())
        .extracting(CertificateReport::file)
        .containsExactly("external.pem", "internal.pem", "external.pem");
    assertThat(report.certificates().get(0).verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void givenWarningWindow_validate_passesItToTheExpiryRule() {
    Instant at = Instant.parse("2025-11-01T00:00:00Z");

    ValidationReport narrow = service.validate(command(at, 30, source("external.pem", null)));
    ValidationReport wide = service.validate(command(at, 90, source("external.pem", null)));

    assertThat(findingOf(narrow.certificates().get(0), RuleId.GEN_VALID_003))
        .isEqualTo(
            Finding.of(
                RuleId.GEN_VALID_003,
                FindingStatus.PASS,
                "the certificate does not expire within 30 days",
                "valid beyond 2025-12-01T00:00:00Z",
                "valid until 2026-01-01T00:00:00Z"));
    assertThat(findingOf(wide.certificates().get(0), RuleId.GEN_VALID_003))
        .isEqualTo(
            Finding.of(
                RuleId.GEN_VALID_003,
                FindingStatus.WARN,
                "the certificate expires in 61 days, at 2026-01-01T00:00:00Z: renew it (the"
                    + " warning window is 90 days)",
                "valid beyond 2026-01-30T00:00:00Z",
                "valid until 2026-01-01T00:00:00Z"));
  }

  @Test
  void givenTrustSettings_validate_handsThemToTheCertificateReader() {
    TrustSettings trust = new TrustSettings(new byte[] {7}, List.of());
    service.validate(
        new ValidateCommand(TOPOLOGY, List.of(source("external.pem", null)), null, 30, trust));

    assertThat(certificates.trusts).containsExactly(trust);
  }

  @Test
  void givenRoleTheTopologyDoesNotPlan_validate_rejectsTheInput() {
    ValidateCommand command =
        command(null, 30, source("external.pem", CertificateRole.AV_AUTHENTICATION));

    assertThatThrownBy(() -> service.validate(command))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("av-authentication")
        .hasMessageContaining("it plans: external, internal");
  }

  @Test
  void givenUnreadableCertificate_validate_letsTheReadersErrorThrough() {
    assertThatThrownBy(() -> service.validate(command(null, 30, source("notes.txt", null))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("notes.txt");
  }

  @Test
  void givenTopologyDocument_validate_plansWithThePlanner() {
    ValidateService real =
        new ValidateService(
            new FakeTopologyReader(EdgeSamples.topology()),
            certificates,
            Clock.fixed(NOW, ZoneOffset.UTC));

    ValidationReport report = real.validate(command(null, 30, source("external.pem", null)));

    assertThat(report.certificates())
        .singleElement()
        .satisfies(c -> assertThat(c.role()).isEqualTo(CertificateRole.EXTERNAL))
        .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.PASS));
  }

  @Test
  void givenTwoMembersCopiesThatDiffer_validate_failsThePoolSection() {
    ValidateService pool = poolService();

    ValidationReport report =
        pool.validate(
            command(
                null,
                30,
                member("external.pem", "edge1.contoso.net"),
                member("external-2.pem", "EDGE2.contoso.net")));

    assertThat(report.certificates())
        .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.PASS));
    assertThat(report.pool())
        .singleElement()
        .satisfies(
            role -> {
              assertThat(role.role()).isEqualTo(CertificateRole.EXTERNAL);
              assertThat(role.finding().rule()).isEqualTo(RuleId.EXT_POOL_001);
              assertThat(role.finding().status()).isEqualTo(FindingStatus.FAIL);
              assertThat(role.finding().expected())
                  .isEqualTo("one certificate and key on every member");
              assertThat(role.finding().actual())
                  .as("each member as the admin named it, in the order given")
                  .startsWith("edge1.contoso.net has THUMB-external.pem (key ")
                  .contains("; EDGE2.contoso.net has THUMB-external-2.pem (key ");
              assertThat(role.finding().message())
                  .startsWith("the members hold different certificates: " + role.finding().actual())
                  .endsWith(
                      ": request the certificate once and import the same PFX on every member");
            });
    assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void givenSeveralCopiesOfOneRoleWithoutMembers_validate_comparesThemAsMembersCopies() {
    ValidationReport report =
        poolService()
            .validate(
                command(null, 30, source("external.pem", null), source("external.pem", null)));

    assertThat(report.pool())
        .singleElement()
        .satisfies(
            role -> {
              assertThat(role.copies()).hasSize(2);
              assertThat(role.finding().status()).isEqualTo(FindingStatus.PASS);
              assertThat(role.finding().message())
                  .isEqualTo(
                      "every member holds the same certificate and key; no copy was given for"
                          + " edge1.contoso.net, edge2.contoso.net");
              assertThat(role.finding().expected())
                  .isEqualTo("one certificate and key on every member");
              assertThat(role.finding().actual())
                  .startsWith("external.pem has THUMB-external.pem (key ")
                  .contains("; external.pem has THUMB-external.pem (key ");
              assertThat(role.missingMembers())
                  .containsExactly("edge1.contoso.net", "edge2.contoso.net");
            });
    assertThat(report.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void givenAMemberTheTopologyDoesNotList_validate_rejectsTheInputNamingTheServers() {
    ValidateCommand command = command(null, 30, member("external.pem", "edge9.contoso.net"));

    assertThatThrownBy(() -> poolService().validate(command))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("external.pem")
        .hasMessageContaining("\"edge9.contoso.net\" is not an Edge Server of the topology")
        .hasMessageContaining("edge1.contoso.net, edge2.contoso.net");
  }

  @Test
  void givenAMemberButATopologyWithoutServers_validate_saysASingleEdgeServerHasNoMembers() {
    ValidateCommand command = command(null, 30, member("external.pem", "edge1.contoso.net"));

    assertThatThrownBy(() -> service.validate(command))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.source()).isEqualTo("external.pem");
              assertThat(e.kind()).isEqualTo(InvalidInputException.Kind.INVALID);
            })
        .hasMessageContaining(
            "member \"edge1.contoso.net\" is not an Edge Server of the topology; edge.servers"
                + " lists: (none: a single Edge Server has no members)");
    assertThat(certificates.instants).as("refused before any certificate is read").isEmpty();
  }

  private ValidateService poolService() {
    certificates.add(
        "external-2.pem",
        EdgeSamples.certificate("external-2.pem", "sip.contoso.com", EdgeSamples.EXTERNAL_SANS));
    return new ValidateService(
        source -> EdgeSamples.pool("edge1.contoso.net", "edge2.contoso.net"),
        (topology, asOf) -> EdgeSamples.plan(asOf),
        certificates,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static CertificateSource member(String name, String member) {
    return new CertificateSource(name, new byte[] {1}, null, null, member);
  }

  private static Finding findingOf(CertificateReport report, RuleId rule) {
    return report.findings().stream()
        .filter(f -> f.rule() == rule)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " on " + report.file()));
  }

  @Test
  void givenAClientThatHasGone_validate_stopsBeforeReadingACertificate() {
    try (WorkBudget budget = WorkBudget.open(null, () -> 0L, () -> true)) {
      assertThatThrownBy(() -> service.validate(command(NOW, 30, source("external.pem", null))))
          .isInstanceOf(WorkStoppedException.class);
    }
    assertThat(certificates.instants).isEmpty();
  }

  @Test
  void givenOneRun_prepare_judgesEachCertificateAtItsSecondAgainstThePlanOfItsDay() {
    CertificateJudge judge =
        service.prepare(
            new ValidateEachCommand(TOPOLOGY, Instant.parse("2025-06-01T23:59:59.900Z"), 30, null));

    CertificateReport report = judge.judge(source("external.pem", CertificateRole.EXTERNAL));

    assertThat(judge.at()).isEqualTo(Instant.parse("2025-06-01T23:59:59Z"));
    assertThat(report.role()).isEqualTo(CertificateRole.EXTERNAL);
    assertThat(report.subjectName()).isEqualTo("sip.contoso.com");
    assertThat(planDates).containsExactly(LocalDate.of(2025, 6, 1));
    assertThat(certificates.instants).containsExactly(Instant.parse("2025-06-01T23:59:59Z"));
  }
}
