package io.edgecert.application.service;

import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/** What the admin has to see to when a request goes to the CA and its answer comes back. */
final class RequestChecklist {

  private RequestChecklist() {}

  static List<String> of(PlannedCertificate planned, Topology topology, CertificatePlan plan) {
    List<String> lines = new ArrayList<>();
    lines.add(authority(planned));
    lines.add(names(planned));
    lines.add(usages(planned));
    lines.add(
        "The CA signs with SHA-256 (SHA-1 or another SHA-2 size is accepted), never with "
            + "RSASSA-PSS (GEN-SIG-001, GEN-SIG-002).");
    lines.add(key(planned, topology));
    plan.advisories().stream()
        .filter(a -> a.severity() == AdvisoryLevel.WARNING && a.rule().id().startsWith("GEN-KEY"))
        .forEach(a -> lines.add("Note (" + a.rule().id() + "): " + a.message() + "."));
    return List.copyOf(lines);
  }

  private static String authority(PlannedCertificate planned) {
    if (planned.certificateAuthority() == CertificateAuthorityKind.PUBLIC) {
      return "Submit the request to a public CA that supports subject alternative names (SAN) "
          + "(EXT-CA-001).";
    }
    return "Submit the request to your internal (enterprise) CA or a public CA (INT-CA-001).";
  }

  private static String names(PlannedCertificate planned) {
    if (planned.dnsNames().isEmpty()) {
      return "The certificate needs only its subject name " + planned.subjectName() + ".";
    }
    return "The certificate must carry the subject "
        + planned.subjectName()
        + " and these "
        + planned.dnsNames().size()
        + " SAN names, none dropped: "
        + String.join(", ", planned.dnsNames())
        + ".";
  }

  private static String usages(PlannedCertificate planned) {
    if (planned.requires(ExtendedKeyUsage.CLIENT_AUTH)) {
      return "Ask for Server Authentication and Client Authentication EKU: on a Windows CA use a "
          + "template that allows Client Authentication (EXT-EKU-003); a public CA must offer it.";
    }
    return "Ask for the Server Authentication EKU (a Web Server template or a TLS server "
        + "certificate).";
  }

  private static String key(PlannedCertificate planned, Topology topology) {
    if (planned.sharedByPoolMembers()) {
      return "Keep the key file: the same certificate and exportable key go to every pool member ("
          + String.join(", ", PoolMembers.of(topology))
          + ") through edgecert bundle (EXT-KEY-001).";
    }
    return "Keep the key file: the key was made off the Edge Server, so it is imported as"
        + " exportable through edgecert bundle (EXT-KEY-003).";
  }
}
