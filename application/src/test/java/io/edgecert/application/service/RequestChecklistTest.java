package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.planning.Planner;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.CertificateOptions;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestChecklistTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private static List<String> checklist(Topology given, CertificateRole role) {
    Topology topology =
        OffEdgeTopology.of(
            given,
            new KeySpec(given.certificates().keyAlgorithm(), given.certificates().keySize()));
    CertificatePlan plan = Planner.plan(topology, TODAY);
    return RequestChecklist.of(plan.certificate(role).orElseThrow(), topology, plan);
  }

  @Test
  void givenAPoolWithAol_checklist_asksForAPublicSanCaClientEkuAndTheKeyOnEveryMember() {
    assertThat(checklist(Contoso.poolWithAol(), CertificateRole.EXTERNAL))
        .containsExactly(
            "Submit the request to a public CA that supports subject alternative names (SAN) "
                + "(EXT-CA-001).",
            "The certificate must carry the subject sip.contoso.com and these 3 SAN names, none "
                + "dropped: sip.contoso.com, webcon.contoso.com, sip.fabrikam.com.",
            "Ask for Server Authentication and Client Authentication EKU: on a Windows CA use a"
                + " template that allows Client Authentication (EXT-EKU-003); a public CA must"
                + " offer it.",
            "The CA signs with SHA-256 (SHA-1 or another SHA-2 size is accepted), never with "
                + "RSASSA-PSS (GEN-SIG-001, GEN-SIG-002).",
            "Keep the key file: the same certificate and exportable key go to every pool member "
                + "(edge1.contoso.net, edge2.contoso.net) through edgecert bundle (EXT-KEY-001).");
  }

  @Test
  void givenTheInternalCertificateOfASingleEdge_checklist_allowsAnInternalCaAndNoSan() {
    assertThat(checklist(Contoso.single(CertificateOptions.defaults()), CertificateRole.INTERNAL))
        .contains(
            "Submit the request to your internal (enterprise) CA or a public CA (INT-CA-001).",
            "The certificate needs only its subject name lsedge.contoso.net.",
            "Ask for the Server Authentication EKU (a Web Server template or a TLS server "
                + "certificate).");
  }

  @Test
  void givenAdvisories_checklist_notesTheKeyWarningsOnly() {
    Topology topology = Contoso.single(CertificateOptions.defaults());
    CertificatePlan planned = Planner.plan(topology, TODAY);
    CertificatePlan plan =
        new CertificatePlan(
            planned.product(),
            planned.asOf(),
            planned.certificates(),
            List.of(
                new Advisory(RuleId.GEN_KEY_002, AdvisoryLevel.WARNING, "a short key"),
                new Advisory(RuleId.GEN_KEY_001, AdvisoryLevel.INFO, "an undocumented size"),
                new Advisory(RuleId.XMPP_001, AdvisoryLevel.WARNING, "not about the key")));

    List<String> lines =
        RequestChecklist.of(
            plan.certificate(CertificateRole.INTERNAL).orElseThrow(), topology, plan);

    assertThat(lines)
        .filteredOn(line -> line.startsWith("Note"))
        .containsExactly("Note (GEN-KEY-002): a short key.");
  }
}
