package io.edgecert.domain.probe;

import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a live probe found, judged at one instant: the SRV records the plan implies and every
 * address of every endpoint, each with its findings.
 */
public record ProbeReport(Instant at, List<SrvReport> dns, List<MemberReport> members) {

  public ProbeReport {
    dns = List.copyOf(dns);
    members = List.copyOf(members);
  }

  /**
   * The report as a validation report: one entry per SRV record (named {@code DNS <record>}, no
   * role) and one per member, so every report format of validate renders it.
   */
  public ValidationReport asValidation() {
    List<CertificateReport> entries = new ArrayList<>();
    for (SrvReport srv : dns) {
      entries.add(
          new CertificateReport(null, "DNS " + srv.lookup().name(), null, null, srv.findings()));
    }
    members.forEach(member -> entries.add(member.report()));
    return new ValidationReport(at, entries);
  }

  public Verdict verdict() {
    return asValidation().verdict();
  }
}
