package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * EXT-SAN-005: the A/V Edge external FQDN need not be in the SAN and is tolerated when it is, since
 * the A/V Edge service ignores SN and SAN (S13, AMB-07).
 */
final class AvEdgeInSanTolerated implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_005;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.EXTERNAL_NAMES,
        Precondition.when(
            c -> c.topology().edge().avEdge() != null, "the topology names no A/V Edge FQDN"));
  }

  @Override
  public Finding check(ValidationContext context) {
    String avEdge = context.topology().edge().avEdge().normalized();
    String expected = "optional: " + avEdge;
    String actual = Fqdn.join(context.certificateNames());
    if (context.certificateNames().contains(avEdge)) {
      return Finding.pass(
          id(),
          "the SAN contains the A/V Edge FQDN "
              + avEdge
              + ": not needed, the A/V Edge ignores SN and SAN, and tolerated",
          expected,
          actual);
    }
    return Finding.pass(
        id(), "the SAN leaves out the A/V Edge FQDN, which is not needed", expected, actual);
  }
}
