package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;
import java.util.Locale;

/**
 * GEN-CDP-002: the external certificate's CRL distribution points include an http URI, since the
 * Edge reaches CRLs only over outbound HTTP (S31, K1) and partners cannot reach an LDAP CDP.
 */
final class HttpCrlDistributionPoint implements CertificateRule {

  private static final String EXPECTED = "an http:// CRL distribution point";

  @Override
  public RuleId id() {
    return RuleId.GEN_CDP_002;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.EXTERNAL,
        Preconditions.issued("CRL distribution point: the issuing CA adds it"),
        Precondition.when(
            c -> !points(c).isEmpty(),
            "the certificate has no CRL distribution point (GEN-CDP-001)"));
  }

  @Override
  public Finding check(ValidationContext context) {
    List<String> points = points(context);
    String actual = String.join(", ", points);
    if (points.stream().anyMatch(HttpCrlDistributionPoint::isHttp)) {
      return Finding.pass(
          id(), "a CRL distribution point is reachable over HTTP", EXPECTED, actual);
    }
    return Finding.broken(
        id(),
        "no CRL distribution point is an http URI: the Edge fetches CRLs over outbound HTTP only,"
            + " and federated partners cannot reach an internal LDAP or file CDP",
        EXPECTED,
        actual);
  }

  private static List<String> points(ValidationContext context) {
    return context.leaf().crlDistributionPoints().stream().filter(p -> !p.isBlank()).toList();
  }

  private static boolean isHttp(String uri) {
    return uri.strip().toLowerCase(Locale.ROOT).startsWith("http://");
  }
}
