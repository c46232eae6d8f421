package io.edgecert.domain.probe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.probe.SrvLookup;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.probe.SrvService;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import java.util.List;

/** SRV answers for fabrikam.com and the assertion of the SRV rule tables. */
final class SrvLookups {
  static final SrvRecord SIP = new SrvRecord("sip.fabrikam.com", 5061, 0, 0);
  static final SrvRecord FOREIGN = new SrvRecord("sip.contoso.com", 5061, 0, 0);

  private SrvLookups() {}

  static SrvLookup lookup(SrvService service, SrvRecord... records) {
    return new SrvLookup(service, "fabrikam.com", List.of(records), null);
  }

  static SrvLookup failed(SrvService service) {
    return new SrvLookup(service, "fabrikam.com", List.of(), "timed out");
  }

  static void assertFinding(SrvRule rule, SrvLookup lookup, FindingStatus status, String message) {
    Finding finding = rule.evaluate(lookup);
    assertThat(finding.status()).as(finding.message()).isEqualTo(status);
    assertThat(finding.message()).contains(message);
    assertThat(finding.rule()).isEqualTo(rule.id());
  }

  /** Also asserts the finding's expected and actual values exactly. */
  static void assertFinding(
      SrvRule rule,
      SrvLookup lookup,
      FindingStatus status,
      String expected,
      String actual,
      String message) {
    assertFinding(rule, lookup, status, message);
    Finding finding = rule.evaluate(lookup);
    assertThat(finding.expected()).as("expected of " + finding.message()).isEqualTo(expected);
    assertThat(finding.actual()).as("actual of " + finding.message()).isEqualTo(actual);
  }
}
