package io.edgecert.cli;

import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.MemberCopy;
import io.edgecert.domain.validation.PoolRole;
import io.edgecert.domain.validation.PoolText;
import io.edgecert.domain.validation.ValidationReport;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The wording of report values, shared by the text, Markdown and JUnit renderings. */
final class ReportValues {

  private ReportValues() {}

  /** The heading of one certificate: its file, and the role it was judged as. */
  static String title(CertificateReport certificate) {
    String role = certificate.role() == null ? "no matching role" : certificate.role().code();
    return certificate.file() + " (" + role + ")";
  }

  /** The heading of one role of the pool section. */
  static String poolTitle(PoolRole role) {
    return "Pool: " + role.role().code() + " certificate on every member";
  }

  /** One member's copy in a line: member, file, thumbprint, key, issuer, serial, not-after. */
  static String copy(MemberCopy copy) {
    return copy.member()
        + (copy.member().equals(copy.file()) ? "" : " (" + copy.file() + ")")
        + ": thumbprint "
        + PlanValues.orNone(copy.thumbprint())
        + ", key "
        + copy.publicKey()
        + (copy.publicKeySha256() == null ? "" : " SHA-256 " + PoolText.shortKey(copy))
        + ", issuer "
        + PlanValues.orNone(copy.issuer())
        + ", serial "
        + PlanValues.orNone(copy.serialNumber())
        + ", not after "
        + (copy.notAfter() == null ? "-" : copy.notAfter().toString());
  }

  /** Whether expected and actual values say something for this finding. */
  static boolean showsValues(Finding finding) {
    boolean any = finding.expected() != null || finding.actual() != null;
    return any && finding.status() != FindingStatus.PASS;
  }

  /** How many findings of each status the report holds, every status listed. */
  static Map<FindingStatus, Long> counts(ValidationReport report) {
    Map<FindingStatus, Long> counts = new EnumMap<>(FindingStatus.class);
    Arrays.stream(FindingStatus.values()).forEach(status -> counts.put(status, 0L));
    report.allFindings().forEach(f -> counts.merge(f.status(), 1L, Long::sum));
    return counts;
  }

  /** "3 pass, 1 fail, 0 warn, 2 not-applicable, 0 not-yet-effective". */
  static String summary(ValidationReport report) {
    return counts(report).entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().code())
        .collect(Collectors.joining(", "));
  }
}
